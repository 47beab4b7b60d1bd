package dev.parley.adapter.tyrus;

import java.time.Duration;
import java.util.function.DoubleSupplier;

/**
 * Waits between reconnection attempts: doubling from the first wait up to the longest, each drawn at random
 * between half and all of it ("equal jitter"), so clients that lost the same server do not come back in step.
 */
final class Backoff {
    private final Duration first;
    private final Duration max;
    private final DoubleSupplier random;
    private int failures;

    Backoff(Duration first, Duration max, DoubleSupplier random) {
        this.first = first;
        this.max = max;
        this.random = random;
    }

    /** The wait before the next attempt; each call counts one more failure. */
    synchronized Duration next() {
        long ceiling = ceilingMillis();
        failures++;
        long half = ceiling / 2;
        return Duration.ofMillis(half + Math.round(random.getAsDouble() * (ceiling - half)));
    }

    /** A connection succeeded: the next failure waits the first wait again. */
    synchronized void reset() {
        failures = 0;
    }

    private long ceilingMillis() {
        long ceiling = first.toMillis();
        for (int i = 0; i < failures && ceiling < max.toMillis(); i++) {
            ceiling *= 2;
        }
        return Math.min(ceiling, max.toMillis());
    }
}
