package dev.parley.domain.delivery;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Runs one session's work one piece at a time, on whichever thread asks while nobody else is running it.
 * Queued tasks run first, in order; drain requests coalesce into one flag, so a wake-up during a drain makes
 * the running drainer drain again instead of starting a second one. The lock guards only the queue and flags:
 * no task (and so no sink or store call) ever runs under it.
 */
final class SerialWorker {
    private final Object lock = new Object();
    private final Deque<Runnable> tasks = new ArrayDeque<>();
    private final Runnable drain;
    private final Consumer<RuntimeException> onFailure;
    private boolean running;
    private boolean drainWanted;
    private boolean stopped;

    SerialWorker(Runnable drain, Consumer<RuntimeException> onFailure) {
        this.drain = drain;
        this.onFailure = onFailure;
    }

    void submit(Runnable task) {
        synchronized (lock) {
            if (stopped) {
                return;
            }
            tasks.add(task);
        }
        runPending();
    }

    void requestDrain() {
        synchronized (lock) {
            if (stopped) {
                return;
            }
            drainWanted = true;
        }
        runPending();
    }

    /** Drops queued work and refuses new work; a task already running finishes. */
    void stop() {
        synchronized (lock) {
            stopped = true;
            tasks.clear();
            drainWanted = false;
        }
    }

    private void runPending() {
        synchronized (lock) {
            if (running) {
                return;
            }
            running = true;
        }
        boolean finished = false;
        try {
            for (Optional<Runnable> next = next(); next.isPresent(); next = next()) {
                runSafely(next.get());
            }
            finished = true;
        } finally {
            if (!finished) {
                release();
            }
        }
    }

    private void runSafely(Runnable task) {
        try {
            task.run();
        } catch (RuntimeException failure) {
            onFailure.accept(failure);
        }
    }

    /** The next piece of work, or empty after giving up the running role (both under the lock, so no wake-up is lost). */
    private Optional<Runnable> next() {
        synchronized (lock) {
            if (!stopped && !tasks.isEmpty()) {
                return Optional.of(tasks.poll());
            }
            if (!stopped && drainWanted) {
                drainWanted = false;
                return Optional.of(drain);
            }
            running = false;
            return Optional.empty();
        }
    }

    private void release() {
        synchronized (lock) {
            running = false;
        }
    }
}
