package dev.parley.domain;

import java.time.Duration;
import java.util.Objects;

/**
 * The domain's tunables: how long access and refresh tokens live, and how many pending (unacknowledged) messages
 * one recipient agent may hold before senders are refused ({@code 0}: no limit).
 */
public record DomainSettings(Duration accessTokenLifetime, Duration refreshTokenLifetime, int maxPendingPerAgent) {
    /** The default mailbox limit: far above what an agent that acknowledges ever holds, far below what fills a disk. */
    public static final int MAX_PENDING_PER_AGENT = 10_000;

    public DomainSettings {
        requirePositive(accessTokenLifetime, "accessTokenLifetime");
        requirePositive(refreshTokenLifetime, "refreshTokenLifetime");
        if (maxPendingPerAgent < 0) {
            throw new IllegalArgumentException("maxPendingPerAgent must be 0 (no limit) or positive");
        }
    }

    /** These token lifetimes with the default mailbox limit. */
    public DomainSettings(Duration accessTokenLifetime, Duration refreshTokenLifetime) {
        this(accessTokenLifetime, refreshTokenLifetime, MAX_PENDING_PER_AGENT);
    }

    /** One hour for access tokens, thirty days for refresh tokens, 10,000 pending messages per recipient agent. */
    public static DomainSettings defaults() {
        return new DomainSettings(Duration.ofHours(1), Duration.ofDays(30));
    }

    /** These settings with another mailbox limit; {@code 0} turns it off. */
    public DomainSettings withMaxPendingPerAgent(int limit) {
        return new DomainSettings(accessTokenLifetime, refreshTokenLifetime, limit);
    }

    private static void requirePositive(Duration duration, String name) {
        Objects.requireNonNull(duration, name);
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(name + " must be positive");
        }
    }
}
