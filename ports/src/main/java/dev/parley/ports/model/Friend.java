package dev.parley.ports.model;

import java.time.Instant;
import java.util.Objects;

/** One of a user's friends: since when, and whether a live session of theirs is open. */
public record Friend(User user, boolean online, Instant since) {
    public Friend {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(since, "since");
    }
}
