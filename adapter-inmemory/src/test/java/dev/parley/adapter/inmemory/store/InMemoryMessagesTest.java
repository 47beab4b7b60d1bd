package dev.parley.adapter.inmemory.store;

import dev.parley.ports.out.contract.MessagesContract;
import dev.parley.ports.out.contract.Stores;

class InMemoryMessagesTest extends MessagesContract {
    @Override
    protected Stores newStores() {
        return FreshStores.inMemory();
    }
}
