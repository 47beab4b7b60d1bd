package dev.parley.ports.model;

import java.util.Objects;

/** Who a valid access token speaks for, and the login session it belongs to. */
public record Principal(UserId userId, Username username, SessionId sessionId) {
    public Principal {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(sessionId, "sessionId");
    }
}
