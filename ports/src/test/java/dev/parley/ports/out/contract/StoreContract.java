package dev.parley.ports.out.contract;

import dev.parley.ports.model.User;
import dev.parley.ports.model.UserAccount;
import org.junit.jupiter.api.BeforeEach;

/**
 * Base of every store contract suite: a fresh set of stores per test, and users created through the user
 * store (so a store with foreign keys accepts the rows that refer to them).
 */
public abstract class StoreContract {
    protected Stores stores;

    /** A fresh, empty set of stores sharing one backing store. */
    protected abstract Stores newStores();

    @BeforeEach
    void freshStores() {
        stores = newStores();
    }

    /** A new user, stored. */
    protected User storedUser(String prefix) {
        UserAccount account = TestData.account(prefix);
        if (!stores.users().add(account)) {
            throw new IllegalStateException("could not store test user " + account.user().username());
        }
        return account.user();
    }
}
