package dev.parley.adapter.jdbc;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** Records what the group commit reports, and lets a test wait for a queue depth or for closing without timing. */
final class RecordingListener implements WriteListener {
    private static final long PATIENCE_MILLIS = 30_000;

    private final List<Integer> batchSizes = new ArrayList<>();
    private final List<Integer> ranAgain = new ArrayList<>();
    private int batchesMadeDurable;
    private final CountDownLatch closing = new CountDownLatch(1);
    private int queued;

    @Override
    public synchronized void enqueued(int depth) {
        queued = depth;
        notifyAll();
    }

    @Override
    public synchronized void batchEnded(int tasks) {
        batchSizes.add(tasks);
    }

    @Override
    public synchronized void ranAgainInSavepoints(int tasks) {
        ranAgain.add(tasks);
    }

    /** The sizes of the batches that were run a second time, each task in a savepoint, because one threw. */
    synchronized List<Integer> ranAgainInSavepoints() {
        return List.copyOf(ranAgain);
    }

    @Override
    public synchronized void madeDurable(int batches) {
        batchesMadeDurable += batches;
    }

    /** How many ended batches the write-ahead log was synced for (SQLite). */
    synchronized int batchesMadeDurable() {
        return batchesMadeDurable;
    }

    @Override
    public void closing() {
        closing.countDown();
    }

    /** Waits until {@code depth} tasks wait in the queue (meaningful while the writer is held). */
    synchronized void awaitQueued(int depth) throws InterruptedException {
        long deadline = System.currentTimeMillis() + PATIENCE_MILLIS;
        while (queued < depth) {
            long left = deadline - System.currentTimeMillis();
            if (left <= 0) {
                throw new AssertionError("the queue never held " + depth + " tasks (it holds " + queued + ")");
            }
            wait(left);
        }
    }

    /** Forgets the depth reported so far: the held writer took its task, the queue is empty again. */
    synchronized void queueEmptied() {
        queued = 0;
    }

    void awaitClosing() throws InterruptedException {
        if (!closing.await(PATIENCE_MILLIS, TimeUnit.MILLISECONDS)) {
            throw new AssertionError("the queue was never closed");
        }
    }

    synchronized List<Integer> batchSizes() {
        return List.copyOf(batchSizes);
    }
}
