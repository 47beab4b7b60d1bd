package dev.parley.adapter.inmemory.store;

import dev.parley.ports.out.contract.LoginSessionsContract;
import dev.parley.ports.out.contract.Stores;

class InMemoryLoginSessionsTest extends LoginSessionsContract {
    @Override
    protected Stores newStores() {
        return FreshStores.inMemory();
    }
}
