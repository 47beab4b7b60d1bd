package dev.parley.adapter.inmemory.store;

import dev.parley.ports.out.contract.UsersContract;
import dev.parley.ports.out.contract.Stores;

class InMemoryUsersTest extends UsersContract {
    @Override
    protected Stores newStores() {
        return FreshStores.inMemory();
    }
}
