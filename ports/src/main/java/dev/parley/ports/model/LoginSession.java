package dev.parley.ports.model;

import java.time.Instant;
import java.util.Objects;

/** One login as the session store keeps it: only the hash of its current refresh token. */
public record LoginSession(SessionId id, UserId userId, String refreshTokenHash, Instant refreshExpiresAt) {
    public LoginSession {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(refreshTokenHash, "refreshTokenHash");
        Objects.requireNonNull(refreshExpiresAt, "refreshExpiresAt");
    }
}
