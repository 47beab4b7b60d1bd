package dev.parley.adapter.inmemory.store;

import dev.parley.ports.model.User;
import dev.parley.ports.model.UserAccount;
import dev.parley.ports.model.UserId;
import dev.parley.ports.model.Username;
import dev.parley.ports.out.Users;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The user accounts in two maps, by case-folded username and by id, changed together under one lock. */
public final class InMemoryUsers implements Users {
    private final Map<String, UserAccount> byKey = new HashMap<>();
    private final Map<UserId, UserAccount> byId = new HashMap<>();

    @Override
    public synchronized boolean add(UserAccount account) {
        String key = account.user().username().key();
        if (byKey.containsKey(key) || byId.containsKey(account.user().id())) {
            return false;
        }
        byKey.put(key, account);
        byId.put(account.user().id(), account);
        return true;
    }

    @Override
    public synchronized Optional<UserAccount> byUsername(Username username) {
        return Optional.ofNullable(byKey.get(username.key()));
    }

    @Override
    public synchronized Optional<User> byId(UserId id) {
        return Optional.ofNullable(byId.get(id)).map(UserAccount::user);
    }
}
