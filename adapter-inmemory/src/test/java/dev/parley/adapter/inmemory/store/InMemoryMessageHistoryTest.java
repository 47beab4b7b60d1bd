package dev.parley.adapter.inmemory.store;

import dev.parley.ports.out.contract.MessageHistoryContract;
import dev.parley.ports.out.contract.Stores;

class InMemoryMessageHistoryTest extends MessageHistoryContract {
    @Override
    protected Stores newStores() {
        return FreshStores.inMemory();
    }
}
