package dev.parley.adapter.inmemory.store;

import dev.parley.ports.out.contract.ConcurrentAppendsContract;
import dev.parley.ports.out.contract.Stores;

class InMemoryConcurrentAppendsTest extends ConcurrentAppendsContract {
    @Override
    protected Stores newStores() {
        return FreshStores.inMemory();
    }
}
