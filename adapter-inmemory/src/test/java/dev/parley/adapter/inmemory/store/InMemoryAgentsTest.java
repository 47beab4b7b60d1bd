package dev.parley.adapter.inmemory.store;

import dev.parley.ports.out.contract.AgentsContract;
import dev.parley.ports.out.contract.Stores;

class InMemoryAgentsTest extends AgentsContract {
    @Override
    protected Stores newStores() {
        return FreshStores.inMemory();
    }
}
