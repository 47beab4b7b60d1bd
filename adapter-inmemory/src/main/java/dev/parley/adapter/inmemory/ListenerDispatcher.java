package dev.parley.adapter.inmemory;

import dev.parley.ports.client.ClientEvent;
import dev.parley.ports.client.StreamListener;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.BiConsumer;

/**
 * Hands one stream's events to its listener in order and one at a time, one executor task per event. No lock is
 * held while the listener runs: an event that arrives while the listener is busy (even from inside it, on the
 * same thread) is handed on by the running task once the listener returns, so re-entrant sends cannot deadlock.
 * Events queue until {@link #start()}, so what arrives while a stream is still opening waits for it to be open.
 */
final class ListenerDispatcher {
    private final Executor executor;
    private final StreamListener listener;
    private final BiConsumer<ClientEvent, RuntimeException> onFailure;
    private final Deque<ClientEvent> queue = new ArrayDeque<>();
    private boolean started;
    private int unscheduled;
    private boolean running;
    private int owed;

    ListenerDispatcher(Executor executor, StreamListener listener, BiConsumer<ClientEvent, RuntimeException> onFailure) {
        this.executor = executor;
        this.listener = listener;
        this.onFailure = onFailure;
    }

    /** Queues the event; it is handed on once the dispatcher has started. */
    void dispatch(ClientEvent event) {
        synchronized (this) {
            queue.add(event);
            if (!started) {
                unscheduled++;
                return;
            }
        }
        executor.execute(this::deliverOne);
    }

    /** Starts handing events on, those queued before first; idempotent. */
    void start() {
        int backlog;
        synchronized (this) {
            started = true;
            backlog = unscheduled;
            unscheduled = 0;
        }
        for (int i = 0; i < backlog; i++) {
            executor.execute(this::deliverOne);
        }
    }

    private void deliverOne() {
        boolean finished = false;
        try {
            for (Optional<ClientEvent> next = claim(); next.isPresent(); next = nextOwed()) {
                deliverSafely(next.get());
            }
            finished = true;
        } finally {
            if (!finished) {
                release();
            }
        }
    }

    /** The event of this task, or empty when another task is running and takes it on. */
    private synchronized Optional<ClientEvent> claim() {
        if (running) {
            owed++;
            return Optional.empty();
        }
        running = true;
        return nextOrRelease();
    }

    private synchronized Optional<ClientEvent> nextOwed() {
        if (owed == 0) {
            running = false;
            return Optional.empty();
        }
        owed--;
        return nextOrRelease();
    }

    private Optional<ClientEvent> nextOrRelease() {
        Optional<ClientEvent> next = Optional.ofNullable(queue.poll());
        if (next.isEmpty()) {
            running = false;
            owed = 0;
        }
        return next;
    }

    private synchronized void release() {
        running = false;
    }

    private void deliverSafely(ClientEvent event) {
        try {
            listener.onEvent(event);
        } catch (RuntimeException failure) {
            onFailure.accept(event, failure);
        }
    }
}
