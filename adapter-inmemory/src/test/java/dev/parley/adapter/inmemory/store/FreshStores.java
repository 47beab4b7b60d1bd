package dev.parley.adapter.inmemory.store;

import dev.parley.ports.out.contract.Stores;

/** A fresh set of in-memory stores for the contract suites. */
final class FreshStores {
    private FreshStores() {
    }

    static Stores inMemory() {
        InMemoryMessages messages = new InMemoryMessages();
        return new Stores(new InMemoryUsers(), new InMemoryFriendships(), new InMemoryAgents(), messages, messages,
                new InMemoryLoginSessions());
    }
}
