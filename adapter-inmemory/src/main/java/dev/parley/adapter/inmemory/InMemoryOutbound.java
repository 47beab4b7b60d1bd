package dev.parley.adapter.inmemory;

import dev.parley.adapter.inmemory.live.InMemoryPresence;
import dev.parley.adapter.inmemory.live.InProcessSignals;
import dev.parley.adapter.inmemory.security.InMemoryAccessTokens;
import dev.parley.adapter.inmemory.security.Pbkdf2PasswordHasher;
import dev.parley.adapter.inmemory.store.InMemoryAgents;
import dev.parley.adapter.inmemory.store.InMemoryFriendships;
import dev.parley.adapter.inmemory.store.InMemoryLoginSessions;
import dev.parley.adapter.inmemory.store.InMemoryMessages;
import dev.parley.adapter.inmemory.store.InMemoryUsers;
import dev.parley.adapter.inmemory.store.UuidIds;
import dev.parley.domain.Outbound;
import java.time.Clock;
import java.util.Objects;

/** Every outbound port of the domain, in memory: for tests, demos and a single-node development server. */
public final class InMemoryOutbound {
    /**
     * Fewer PBKDF2 iterations than a production store: the in-memory bundle forgets every account on exit, and
     * test suites sign up hundreds of users. Hashes stay self-describing, so the count can change freely.
     */
    public static final int PASSWORD_ITERATIONS = 10_000;

    private InMemoryOutbound() {
    }

    /** A fresh, empty bundle; signals are dispatched synchronously on the publishing thread. */
    public static Outbound create(Clock clock) {
        Objects.requireNonNull(clock, "clock");
        InMemoryMessages messages = new InMemoryMessages();
        return new Outbound(
                new InMemoryUsers(),
                new InMemoryFriendships(),
                new InMemoryAgents(),
                messages,
                messages,
                new InMemoryLoginSessions(),
                new Pbkdf2PasswordHasher(PASSWORD_ITERATIONS),
                new InMemoryAccessTokens(clock),
                new UuidIds(),
                clock,
                new InMemoryPresence(),
                new InProcessSignals());
    }
}
