package dev.parley.adapter.tyrus.wire;

import dev.parley.ports.model.User;
import dev.parley.ports.model.UserId;
import dev.parley.ports.model.Username;

/** A user on the wire, {@code {"id", "username", "created_at"}}; also the answer of {@code GET /me}, without the time. */
public record UserJson(String id, String username, String createdAt) {
    public User toUser() {
        return new User(new UserId(Fields.required(id, "id")), new Username(Fields.required(username, "username")),
                Times.createdAt(createdAt));
    }
}
