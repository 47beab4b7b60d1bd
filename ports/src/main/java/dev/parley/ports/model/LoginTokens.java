package dev.parley.ports.model;

import java.time.Instant;
import java.util.Objects;

/** What a login or a refresh hands out: a short-lived access token and a rotating refresh token. */
public record LoginTokens(String accessToken, Instant expiresAt, String refreshToken, User user) {
    public LoginTokens {
        Objects.requireNonNull(accessToken, "accessToken");
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(refreshToken, "refreshToken");
        Objects.requireNonNull(user, "user");
    }

    @Override
    public String toString() {
        return "LoginTokens[user=" + user.username() + ", expiresAt=" + expiresAt + ", tokens redacted]";
    }
}
