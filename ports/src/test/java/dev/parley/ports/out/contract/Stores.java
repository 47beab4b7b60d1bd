package dev.parley.ports.out.contract;

import dev.parley.ports.out.Agents;
import dev.parley.ports.out.Friendships;
import dev.parley.ports.out.LoginSessions;
import dev.parley.ports.out.Mailboxes;
import dev.parley.ports.out.Messages;
import dev.parley.ports.out.Users;
import java.util.Objects;

/** One fresh set of store ports sharing one backing store, as an adapter under test builds it. */
public record Stores(
        Users users,
        Friendships friendships,
        Agents agents,
        Messages messages,
        Mailboxes mailboxes,
        LoginSessions loginSessions) {

    public Stores {
        Objects.requireNonNull(users, "users");
        Objects.requireNonNull(friendships, "friendships");
        Objects.requireNonNull(agents, "agents");
        Objects.requireNonNull(messages, "messages");
        Objects.requireNonNull(mailboxes, "mailboxes");
        Objects.requireNonNull(loginSessions, "loginSessions");
    }
}
