package dev.parley.adapter.tyrus;

import java.time.Duration;
import java.util.Objects;

/**
 * How the WebSocket client behaves; {@link #defaults()} suits production, tests shorten the timings.
 *
 * @param requestTimeout  how long one REST call may take
 * @param refreshMargin   how long before the access token expires it is refreshed (at most a fifth of its lifetime)
 * @param pingInterval    how often the stream pings; a stream that heard nothing for two intervals is reconnected
 * @param firstBackoff    the wait before the first reconnection attempt; it doubles per failure, with jitter
 * @param maxBackoff      the longest wait between reconnection attempts
 */
public record ClientSettings(Duration requestTimeout, Duration refreshMargin, Duration pingInterval, Duration firstBackoff,
        Duration maxBackoff) {

    public ClientSettings {
        positive(requestTimeout, "requestTimeout");
        positive(refreshMargin, "refreshMargin");
        positive(pingInterval, "pingInterval");
        positive(firstBackoff, "firstBackoff");
        positive(maxBackoff, "maxBackoff");
        if (maxBackoff.compareTo(firstBackoff) < 0) {
            throw new IllegalArgumentException("maxBackoff must not be shorter than firstBackoff");
        }
    }

    public static ClientSettings defaults() {
        return new ClientSettings(Duration.ofSeconds(30), Duration.ofSeconds(60), Duration.ofSeconds(20),
                Duration.ofMillis(250), Duration.ofSeconds(30));
    }

    public ClientSettings withPingInterval(Duration interval) {
        return new ClientSettings(requestTimeout, refreshMargin, interval, firstBackoff, maxBackoff);
    }

    public ClientSettings withBackoff(Duration first, Duration max) {
        return new ClientSettings(requestTimeout, refreshMargin, pingInterval, first, max);
    }

    public ClientSettings withRefreshMargin(Duration margin) {
        return new ClientSettings(requestTimeout, margin, pingInterval, firstBackoff, maxBackoff);
    }

    private static void positive(Duration value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(name + " must be positive");
        }
    }
}
