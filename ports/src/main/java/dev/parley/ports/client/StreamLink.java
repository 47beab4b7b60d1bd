package dev.parley.ports.client;

import dev.parley.ports.model.AgentSelection;
import dev.parley.ports.model.ErrorCode;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * An agent host's hold on its stream. A transport that loses the connection and does not come back by itself ends
 * the stream with a code other than 1000 (closed on purpose) and 4401 (the login ended); the link then connects
 * again, waiting between attempts from {@code firstWait}, doubling up to {@code maxWait}, with jitter. Messages left
 * unacknowledged come again on the new stream; the dispatcher hands each to the agent once.
 */
final class StreamLink {
    private final ParleyClient client;
    private final AgentSelection selection;
    private final Dispatcher dispatcher;
    private final Duration firstWait;
    private final Duration maxWait;
    private Optional<MessageStream> stream = Optional.empty();
    private Optional<ScheduledExecutorService> timer = Optional.empty();
    private int failures;
    private boolean closed;

    StreamLink(ParleyClient client, AgentSelection selection, Dispatcher dispatcher, Duration firstWait, Duration maxWait) {
        this.client = client;
        this.selection = selection;
        this.dispatcher = dispatcher;
        this.firstWait = firstWait;
        this.maxWait = maxWait;
    }

    CompletableFuture<Void> open() {
        return client.connect(selection, dispatcher).thenAccept(this::attach);
    }

    /** The stream ended with {@code code}: connect again unless it was meant to end. */
    void ended(int code) {
        if (code == 1000 || code == 4401) {
            if (code == 4401) {
                markClosed();
            }
            return;
        }
        retryLater();
    }

    synchronized boolean isOpen() {
        return !closed;
    }

    void close() {
        Optional<MessageStream> last;
        synchronized (this) {
            last = stream;
            markClosed();
        }
        last.ifPresent(MessageStream::close);
    }

    private void attach(MessageStream opened) {
        synchronized (this) {
            if (closed) {
                opened.close();
                return;
            }
            stream = Optional.of(opened);
            failures = 0;
        }
        dispatcher.attach(opened);
    }

    private synchronized void retryLater() {
        if (closed) {
            return;
        }
        long ceiling = Math.min(maxWait.toMillis(), firstWait.toMillis() << Math.min(failures, 20));
        long wait = ceiling / 2 + ThreadLocalRandom.current().nextLong(ceiling / 2 + 1);
        failures++;
        timer().schedule(this::reconnect, wait, TimeUnit.MILLISECONDS);
    }

    private void reconnect() {
        open().whenComplete((connected, failure) -> {
            if (failure == null) {
                return;
            }
            if (Failures.hasCode(failure, ErrorCode.UNAUTHORIZED)) {
                close();
            } else {
                retryLater();
            }
        });
    }

    private ScheduledExecutorService timer() {
        if (timer.isEmpty()) {
            timer = Optional.of(Executors.newSingleThreadScheduledExecutor(task -> {
                Thread thread = new Thread(task, "parley-agent-host-reconnect");
                thread.setDaemon(true);
                return thread;
            }));
        }
        return timer.get();
    }

    private void markClosed() {
        synchronized (this) {
            closed = true;
            timer.ifPresent(ScheduledExecutorService::shutdownNow);
        }
    }
}
