package dev.parley.adapter.jdbc;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/** The tasks waiting for the writer thread, in arrival order: the order in which they are numbered and committed. */
final class WriteQueue {
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition notEmpty = lock.newCondition();
    private final Deque<WriteTask<?>> tasks = new ArrayDeque<>();
    private final WriteListener listener;
    private boolean closed;

    WriteQueue(WriteListener listener) {
        this.listener = listener;
    }

    /** Queues a task; {@link IllegalStateException} once the queue is closed. */
    void submit(WriteTask<?> task) {
        lock.lock();
        try {
            if (closed) {
                throw new IllegalStateException("the store is closed");
            }
            tasks.addLast(task);
            listener.enqueued(tasks.size());
            notEmpty.signal();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Waits for work, then claims up to {@code max} queued tasks (skipping withdrawn ones). Answers an empty list
     * only when the queue is closed and drained: the writer's signal to stop.
     */
    List<WriteTask<?>> take(int max) {
        lock.lock();
        try {
            List<WriteTask<?>> batch = new ArrayList<>();
            while (batch.isEmpty() && !(closed && tasks.isEmpty())) {
                while (tasks.isEmpty() && !closed) {
                    notEmpty.awaitUninterruptibly();
                }
                claimUpTo(max, batch);
            }
            return batch;
        } finally {
            lock.unlock();
        }
    }

    /** Refuses new tasks; those already queued still go to the writer. */
    void close() {
        lock.lock();
        try {
            closed = true;
            listener.closing();
            notEmpty.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Takes every queued task away from the writer and fails it with {@code cause}. */
    void failQueued(Throwable cause) {
        List<WriteTask<?>> abandoned = new ArrayList<>();
        lock.lock();
        try {
            claimUpTo(Integer.MAX_VALUE, abandoned);
        } finally {
            lock.unlock();
        }
        abandoned.forEach(task -> task.fail(cause));
    }

    private void claimUpTo(int max, List<WriteTask<?>> claimed) {
        while (claimed.size() < max && !tasks.isEmpty()) {
            WriteTask<?> task = tasks.pollFirst();
            if (task.claim()) {
                claimed.add(task);
            }
        }
    }
}
