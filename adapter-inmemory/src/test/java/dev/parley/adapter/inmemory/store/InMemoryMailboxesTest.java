package dev.parley.adapter.inmemory.store;

import dev.parley.ports.out.contract.MailboxesContract;
import dev.parley.ports.out.contract.Stores;

class InMemoryMailboxesTest extends MailboxesContract {
    @Override
    protected Stores newStores() {
        return FreshStores.inMemory();
    }
}
