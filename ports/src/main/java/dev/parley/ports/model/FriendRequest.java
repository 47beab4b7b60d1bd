package dev.parley.ports.model;

import java.time.Instant;
import java.util.Objects;

/** A request from one user to another, pending until the other accepts or rejects it. Not yet a friendship. */
public record FriendRequest(UserId from, UserId to, Instant createdAt) {
    public FriendRequest {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(createdAt, "createdAt");
        if (from.equals(to)) {
            throw ParleyException.invalid("username", "you cannot befriend yourself");
        }
    }
}
