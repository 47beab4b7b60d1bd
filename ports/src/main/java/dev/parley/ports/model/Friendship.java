package dev.parley.ports.model;

import java.time.Instant;
import java.util.Objects;

/** Two users who are friends, since an accepted request. The pair is unordered. */
public record Friendship(UserId one, UserId other, Instant since) {
    public Friendship {
        Objects.requireNonNull(one, "one");
        Objects.requireNonNull(other, "other");
        Objects.requireNonNull(since, "since");
        if (one.equals(other)) {
            throw ParleyException.invalid("username", "you cannot befriend yourself");
        }
    }

    public boolean involves(UserId user) {
        return one.equals(user) || other.equals(user);
    }

    /** The friend of {@code user} in this friendship. */
    public UserId friendOf(UserId user) {
        if (one.equals(user)) {
            return other;
        }
        if (other.equals(user)) {
            return one;
        }
        throw new IllegalArgumentException(user + " is not part of this friendship");
    }
}
