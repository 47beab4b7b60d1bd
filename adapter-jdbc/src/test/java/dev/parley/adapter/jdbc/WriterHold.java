package dev.parley.adapter.jdbc;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * Keeps the writer thread busy inside a task of its own until released, so that the tasks a test queues meanwhile
 * are all waiting, in a known order, when the writer next takes a batch.
 */
final class WriterHold {
    private final CountDownLatch inside = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);
    private final Future<Integer> outcome;

    private WriterHold(Database database, ExecutorService threads) {
        this.outcome = threads.submit(() -> database.write(handle -> {
            inside.countDown();
            Latches.await(release);
            return 0;
        }));
    }

    /** Returns once the writer is inside the holding task, with the listener's queue depth back to zero. */
    static WriterHold take(Database database, ExecutorService threads, RecordingListener listener) throws Exception {
        WriterHold hold = new WriterHold(database, threads);
        Latches.await(hold.inside);
        listener.queueEmptied();
        return hold;
    }

    void release() {
        release.countDown();
    }

    Future<Integer> outcome() {
        return outcome;
    }
}
