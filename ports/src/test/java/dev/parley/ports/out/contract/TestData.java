package dev.parley.ports.out.contract;

import dev.parley.ports.model.Agent;
import dev.parley.ports.model.AgentCard;
import dev.parley.ports.model.PasswordHash;
import dev.parley.ports.model.User;
import dev.parley.ports.model.UserAccount;
import dev.parley.ports.model.UserId;
import dev.parley.ports.model.Username;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/** Small builders for store contract data: unique names and ids, times at millisecond precision. */
public final class TestData {
    private static final Instant EPOCH = Instant.parse("2026-01-01T00:00:00Z");
    private static final AtomicLong TICK = new AtomicLong();

    private TestData() {
    }

    /** A fresh id. */
    public static String id() {
        return UUID.randomUUID().toString();
    }

    /** A distinct instant, later than every earlier one from this method. */
    public static Instant nextInstant() {
        return EPOCH.plus(TICK.incrementAndGet(), ChronoUnit.MILLIS);
    }

    /** A username no other call returns: the prefix and a random suffix. */
    public static Username username(String prefix) {
        return new Username(prefix + "_" + UUID.randomUUID().toString().substring(0, 12));
    }

    public static User user(String prefix) {
        return new User(new UserId(id()), username(prefix), nextInstant());
    }

    public static UserAccount account(String prefix) {
        return new UserAccount(user(prefix), new PasswordHash("test$" + id()));
    }

    public static Agent agent(User owner, String name) {
        return new Agent(owner.id(), owner.username(), AgentCard.of(name, "does " + name, "assistant", "search"));
    }
}
