package dev.parley.domain;

import java.time.Duration;
import java.util.Objects;

/** The domain's tunables: how long access and refresh tokens live. */
public record DomainSettings(Duration accessTokenLifetime, Duration refreshTokenLifetime) {
    public DomainSettings {
        requirePositive(accessTokenLifetime, "accessTokenLifetime");
        requirePositive(refreshTokenLifetime, "refreshTokenLifetime");
    }

    /** One hour for access tokens, thirty days for refresh tokens. */
    public static DomainSettings defaults() {
        return new DomainSettings(Duration.ofHours(1), Duration.ofDays(30));
    }

    private static void requirePositive(Duration duration, String name) {
        Objects.requireNonNull(duration, name);
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(name + " must be positive");
        }
    }
}
