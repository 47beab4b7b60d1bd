package dev.parley.adapter.server.limits;

import java.util.Objects;

/** The server's limits, live: the message rate per user, the failed-login counts, the session slots. */
public record Guards(KeyedRateLimit messages, LoginGuard logins, SessionSlots sessions) {
    public Guards {
        Objects.requireNonNull(messages, "messages");
        Objects.requireNonNull(logins, "logins");
        Objects.requireNonNull(sessions, "sessions");
    }

    public static Guards of(Limits limits) {
        return new Guards(new KeyedRateLimit(limits.messagesPerMinute(), "too many messages from this user"),
                new LoginGuard(limits), new SessionSlots(limits.sessionsPerUser()));
    }
}
