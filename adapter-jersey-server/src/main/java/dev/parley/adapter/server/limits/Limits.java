package dev.parley.adapter.server.limits;

import java.time.Duration;

/**
 * How much one user or one client address may do; {@code 0} turns a limit off. Rates are per minute, as token
 * buckets that hold a minute's worth and refill evenly, so a burst of up to the whole minute's allowance passes.
 * {@link #defaults()}: 6,000 messages per user (REST and WebSocket together), 10 failed logins per username,
 * 60 failed logins per client address (successful logins are never counted), 32 WebSocket sessions per user.
 */
public record Limits(int messagesPerMinute, int failedLoginsPerUsernamePerMinute, int failedLoginsPerAddressPerMinute,
        int sessionsPerUser) {

    public static final int MESSAGES_PER_MINUTE = 6_000;
    public static final int FAILED_LOGINS_PER_USERNAME_PER_MINUTE = 10;
    public static final int FAILED_LOGINS_PER_ADDRESS_PER_MINUTE = 60;
    public static final int SESSIONS_PER_USER = 32;

    /** The {@code Retry-After} of a refusal that waits on others rather than on time: a full mailbox, too many sessions. */
    public static final Duration QUOTA_RETRY_AFTER = Duration.ofSeconds(60);

    public Limits {
        requireNotNegative(messagesPerMinute, "messagesPerMinute");
        requireNotNegative(failedLoginsPerUsernamePerMinute, "failedLoginsPerUsernamePerMinute");
        requireNotNegative(failedLoginsPerAddressPerMinute, "failedLoginsPerAddressPerMinute");
        requireNotNegative(sessionsPerUser, "sessionsPerUser");
    }

    /** Generous for honest use, including agents that talk all day and clients that sign up users in bulk. */
    public static Limits defaults() {
        return new Limits(MESSAGES_PER_MINUTE, FAILED_LOGINS_PER_USERNAME_PER_MINUTE, FAILED_LOGINS_PER_ADDRESS_PER_MINUTE,
                SESSIONS_PER_USER);
    }

    /** No limit at all: for benchmarks that measure the server rather than its guard. */
    public static Limits none() {
        return new Limits(0, 0, 0, 0);
    }

    public Limits withMessagesPerMinute(int limit) {
        return new Limits(limit, failedLoginsPerUsernamePerMinute, failedLoginsPerAddressPerMinute, sessionsPerUser);
    }

    public Limits withFailedLoginsPerMinute(int perUsername, int perAddress) {
        return new Limits(messagesPerMinute, perUsername, perAddress, sessionsPerUser);
    }

    public Limits withSessionsPerUser(int limit) {
        return new Limits(messagesPerMinute, failedLoginsPerUsernamePerMinute, failedLoginsPerAddressPerMinute, limit);
    }

    private static void requireNotNegative(int value, String name) {
        if (value < 0) {
            throw new IllegalArgumentException(name + " must be 0 (no limit) or positive");
        }
    }
}
