package dev.parley.adapter.server.json;

import dev.parley.ports.model.User;

/** A user as the wire shows it: {@code {"id", "username", "created_at"}}. */
public record UserView(String id, String username, String createdAt) {
    public static UserView from(User user) {
        return new UserView(user.id().value(), user.username().value(), Times.format(user.createdAt()));
    }
}
