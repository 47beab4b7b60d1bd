package dev.parley.adapter.inmemory.store;

import dev.parley.ports.out.contract.FriendshipsContract;
import dev.parley.ports.out.contract.Stores;

class InMemoryFriendshipsTest extends FriendshipsContract {
    @Override
    protected Stores newStores() {
        return FreshStores.inMemory();
    }
}
