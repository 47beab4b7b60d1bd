package dev.parley.ports.model;

import java.util.Objects;

/** A social event pushed to a user's live sessions besides messages. */
public sealed interface ServerEvent {
    /** Someone asked the user to be friends. */
    record FriendRequested(User from) implements ServerEvent {
        public FriendRequested {
            Objects.requireNonNull(from, "from");
        }
    }

    /** Someone accepted the user's request (or the user's request crossed theirs). */
    record FriendAccepted(User friend) implements ServerEvent {
        public FriendAccepted {
            Objects.requireNonNull(friend, "friend");
        }
    }

    /** A friend came online or went offline. */
    record PresenceChanged(UserId userId, boolean online) implements ServerEvent {
        public PresenceChanged {
            Objects.requireNonNull(userId, "userId");
        }
    }
}
