package dev.parley.domain;

import dev.parley.ports.out.AccessTokens;
import dev.parley.ports.out.Agents;
import dev.parley.ports.out.Friendships;
import dev.parley.ports.out.IdGenerator;
import dev.parley.ports.out.LiveSignals;
import dev.parley.ports.out.LoginSessions;
import dev.parley.ports.out.Mailboxes;
import dev.parley.ports.out.Messages;
import dev.parley.ports.out.PasswordHasher;
import dev.parley.ports.out.Presence;
import dev.parley.ports.out.Users;
import java.time.Clock;
import java.util.Objects;

/** Every outbound port the domain needs, as one bundle an adapter (or a composition root) hands to {@link Parley}. */
public record Outbound(
        Users users,
        Friendships friendships,
        Agents agents,
        Messages messages,
        Mailboxes mailboxes,
        LoginSessions loginSessions,
        PasswordHasher passwordHasher,
        AccessTokens accessTokens,
        IdGenerator ids,
        Clock clock,
        Presence presence,
        LiveSignals signals) {

    public Outbound {
        Objects.requireNonNull(users, "users");
        Objects.requireNonNull(friendships, "friendships");
        Objects.requireNonNull(agents, "agents");
        Objects.requireNonNull(messages, "messages");
        Objects.requireNonNull(mailboxes, "mailboxes");
        Objects.requireNonNull(loginSessions, "loginSessions");
        Objects.requireNonNull(passwordHasher, "passwordHasher");
        Objects.requireNonNull(accessTokens, "accessTokens");
        Objects.requireNonNull(ids, "ids");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(presence, "presence");
        Objects.requireNonNull(signals, "signals");
    }
}
