package dev.parley.adapter.server.json;

import dev.parley.ports.model.FriendRequestStatus;

/** {@code {"status": "pending" | "accepted" | "rejected"}}, and {@code {"status": "ok"}} for the health check. */
public record StatusView(String status) {
    public static StatusView from(FriendRequestStatus status) {
        return new StatusView(status.wireName());
    }

    public static StatusView ok() {
        return new StatusView("ok");
    }
}
