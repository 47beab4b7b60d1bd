package dev.parley.ports.client;

import java.util.ArrayDeque;
import java.util.Queue;

/**
 * Runs tasks one at a time, in the order given, on whichever thread gives one while none runs; a task given
 * meanwhile (from another thread, or from inside a running task) waits its turn. Tasks run outside any lock, so
 * a handler that sends (and, in process, is answered at once on the same thread) cannot deadlock another.
 */
final class SerialRunner {
    private final Queue<Runnable> tasks = new ArrayDeque<>();
    private boolean draining;

    void run(Runnable task) {
        synchronized (this) {
            tasks.add(task);
            if (draining) {
                return;
            }
            draining = true;
        }
        drain();
    }

    private void drain() {
        boolean finished = false;
        try {
            Runnable next;
            while ((next = poll()) != null) {
                runGuarded(next);
            }
            finished = true;
        } finally {
            if (!finished) {
                synchronized (this) {
                    draining = false;
                }
            }
        }
    }

    /** The next task, or null (and no longer draining) when none is left. */
    private synchronized Runnable poll() {
        Runnable next = tasks.poll();
        if (next == null) {
            draining = false;
        }
        return next;
    }

    private void runGuarded(Runnable task) {
        try {
            task.run();
        } catch (RuntimeException failure) {
            Thread current = Thread.currentThread();
            current.getUncaughtExceptionHandler().uncaughtException(current, failure);
        }
    }
}
