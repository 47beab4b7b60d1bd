package dev.parley.adapter.tyrus.wire;

import dev.parley.ports.model.FriendRequestStatus;
import java.util.Arrays;

/** The answer of the friend request calls, {@code {"status": "pending"}}. */
public record StatusJson(String status) {
    public FriendRequestStatus toStatus() {
        return Arrays.stream(FriendRequestStatus.values())
                .filter(known -> known.wireName().equals(status))
                .findFirst()
                .orElseThrow(() -> new WireFormatException("unknown friend request status " + status));
    }
}
