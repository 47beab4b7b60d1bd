package dev.parley.adapter.tyrus.wire;

import dev.parley.ports.model.Friend;

/** One entry of {@code GET /friends}: {@code {"id", "username", "online", "since"}}. */
public record FriendJson(String id, String username, Boolean online, String since, String createdAt) {
    public Friend toFriend() {
        return new Friend(new UserJson(id, username, createdAt).toUser(), Fields.required(online, "online"),
                Times.parse(since, "since"));
    }
}
