package dev.parley.ports.out;

import dev.parley.ports.model.User;
import dev.parley.ports.model.UserAccount;
import dev.parley.ports.model.UserId;
import dev.parley.ports.model.Username;
import java.util.Optional;

/** The user accounts. Usernames are unique ignoring case. */
public interface Users {
    /** Adds the account unless its username is taken ignoring case; atomic, so of racing adds exactly one wins. */
    boolean add(UserAccount account);

    /** The account whose username equals {@code username} ignoring case. */
    Optional<UserAccount> byUsername(Username username);

    Optional<User> byId(UserId id);
}
