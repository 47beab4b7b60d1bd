package dev.parley.adapter.pgcluster;

import java.time.Duration;

/** Pauses between retries against the database: 100 ms, doubling up to 5 s. Used by one thread. */
final class Backoff {
    private static final Duration FIRST = Duration.ofMillis(100);
    private static final Duration MOST = Duration.ofSeconds(5);

    private Duration next = FIRST;

    /** Sleeps for the next pause; false when interrupted (the interrupt flag is set again). */
    boolean pause() {
        try {
            Thread.sleep(next.toMillis());
            next = next.multipliedBy(2).compareTo(MOST) > 0 ? MOST : next.multipliedBy(2);
            return true;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    void reset() {
        next = FIRST;
    }

    /** Whether the last attempt failed: a pause has been taken since the last success. */
    boolean failing() {
        return next.compareTo(FIRST) > 0;
    }
}
