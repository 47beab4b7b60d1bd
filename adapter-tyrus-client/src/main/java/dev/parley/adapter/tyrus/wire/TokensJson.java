package dev.parley.adapter.tyrus.wire;

import dev.parley.ports.model.User;
import dev.parley.ports.model.UserId;
import dev.parley.ports.model.Username;
import java.time.Instant;

/** The answer of {@code POST /login} and {@code POST /token/refresh}; never prints its tokens. */
public record TokensJson(String token, String tokenType, String expiresAt, String refreshToken, String userId, String username,
        String createdAt) {
    public String accessToken() {
        return Fields.required(token, "token");
    }

    public String refresh() {
        return Fields.required(refreshToken, "refresh_token");
    }

    public Instant expiry() {
        return Times.parse(expiresAt, "expires_at");
    }

    /** The user the tokens speak for; when the server leaves out {@code created_at}, it reads as the epoch. */
    public User user() {
        return new User(new UserId(Fields.required(userId, "user_id")), new Username(Fields.required(username, "username")),
                Times.createdAt(createdAt));
    }

    @Override
    public String toString() {
        return "TokensJson[user=" + username + ", expiresAt=" + expiresAt + ", tokens redacted]";
    }
}
