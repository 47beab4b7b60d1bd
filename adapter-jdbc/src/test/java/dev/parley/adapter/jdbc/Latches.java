package dev.parley.adapter.jdbc;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** Waiting on latches inside write tasks, where checked exceptions cannot go, with a bound so no test hangs. */
final class Latches {
    private Latches() {
    }

    static void await(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new AssertionError("a latch was never released");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting on a latch", e);
        }
    }
}
