package dev.parley.adapter.server.json;

import dev.parley.ports.model.Friend;

/** One entry of {@code GET /friends}; {@code created_at} (the friend's) is an addition to the contract's fields. */
public record FriendView(String id, String username, boolean online, String since, String createdAt) {
    public static FriendView from(Friend friend) {
        return new FriendView(friend.user().id().value(), friend.user().username().value(), friend.online(),
                Times.format(friend.since()), Times.format(friend.user().createdAt()));
    }
}
