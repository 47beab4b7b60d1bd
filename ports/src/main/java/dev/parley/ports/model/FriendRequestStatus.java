package dev.parley.ports.model;

import java.util.Locale;

/** Where a friend request stands after an action on it. */
public enum FriendRequestStatus {
    PENDING,
    ACCEPTED,
    REJECTED;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
