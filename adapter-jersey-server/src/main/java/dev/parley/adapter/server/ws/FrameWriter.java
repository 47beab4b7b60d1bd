package dev.parley.adapter.server.ws;

import dev.parley.adapter.server.metrics.ServerMetrics;
import jakarta.websocket.CloseReason;
import jakarta.websocket.Session;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes one session's frames in the order they were queued, one asynchronous send at a time, so the
 * delivery thread that queues them never waits on the network. A client that lets more than
 * {@code maxQueuedBytes} pile up is closed with 1013 (its messages stay pending and are redelivered).
 */
final class FrameWriter {
    private static final Logger LOG = LoggerFactory.getLogger(FrameWriter.class);

    private final Session session;
    private final ServerMetrics metrics;
    private final long maxQueuedBytes;
    private final Queue<Outgoing> queue = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean writing = new AtomicBoolean();
    private final AtomicLong queuedBytes = new AtomicLong();
    private final AtomicBoolean closing = new AtomicBoolean();

    FrameWriter(Session session, ServerMetrics metrics, long maxQueuedBytes) {
        this.session = session;
        this.metrics = metrics;
        this.maxQueuedBytes = maxQueuedBytes;
    }

    void text(String frame) {
        enqueue(Outgoing.text(frame, Optional.empty()));
    }

    /** A message frame: counted as delivered, with its latency, once written. */
    void message(String frame, Instant createdAt) {
        enqueue(Outgoing.text(frame, Optional.of(createdAt)));
    }

    void ping() {
        enqueue(Outgoing.PING);
    }

    /** Closes the session after the frames queued before. */
    void close(CloseReason reason) {
        enqueue(Outgoing.close(reason));
    }

    /**
     * Closes the session at once, dropping the frames still queued (their messages stay pending and are delivered
     * again on the next session): for a client that no longer reads, which would never let the queue drain.
     */
    void closeNow(CloseReason reason) {
        closing.set(true);
        queue.clear();
        try {
            session.close(reason);
        } catch (IOException | RuntimeException failure) {
            LOG.debug("WebSocket session {} could not be closed cleanly", session.getId(), failure);
        }
    }

    private void enqueue(Outgoing outgoing) {
        if (closing.get()) {
            return;
        }
        if (queuedBytes.addAndGet(outgoing.size()) > maxQueuedBytes && outgoing.close().isEmpty()) {
            queue.clear();
            outgoing = Outgoing.close(new CloseReason(CloseReason.CloseCodes.TRY_AGAIN_LATER,
                    "too many frames waiting; reconnect and resume"));
        }
        if (outgoing.close().isPresent()) {
            closing.set(true);
        }
        queue.add(outgoing);
        if (writing.compareAndSet(false, true)) {
            pump();
        }
    }

    /** Runs while this thread owns {@code writing}; hands ownership to the completion of an unfinished send. */
    private void pump() {
        while (true) {
            Outgoing next = queue.poll();
            if (next == null) {
                writing.set(false);
                if (queue.isEmpty() || !writing.compareAndSet(false, true)) {
                    return;
                }
                continue;
            }
            queuedBytes.addAndGet(-next.size());
            CompletableFuture<Void> sent = write(next);
            if (!sent.isDone()) {
                sent.whenComplete((ignored, failure) -> {
                    finished(next, failure);
                    pump();
                });
                return;
            }
            finished(next, sent.isCompletedExceptionally() ? sent.handle((ok, failure) -> failure).join() : null);
        }
    }

    private CompletableFuture<Void> write(Outgoing outgoing) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        try {
            if (!session.isOpen()) {
                done.completeExceptionally(new IOException("session closed"));
            } else if (outgoing.close().isPresent()) {
                session.close(outgoing.close().get());
                done.complete(null);
            } else if (outgoing == Outgoing.PING) {
                session.getAsyncRemote().sendPing(ByteBuffer.allocate(0));
                done.complete(null);
            } else {
                session.getAsyncRemote().sendText(outgoing.frame(), result -> {
                    if (result.isOK()) {
                        done.complete(null);
                    } else {
                        done.completeExceptionally(result.getException());
                    }
                });
            }
        } catch (IOException | RuntimeException failure) {
            done.completeExceptionally(failure);
        }
        return done;
    }

    private void finished(Outgoing outgoing, Throwable failure) {
        if (failure == null) {
            outgoing.createdAt().ifPresent(metrics::messageDelivered);
            return;
        }
        if (closing.compareAndSet(false, true)) {
            LOG.debug("Writing to WebSocket session {} failed; dropping its queue", session.getId(), failure);
        }
        queue.clear();
    }

    /** A text frame (a message frame knows when its message was accepted), {@link #PING}, or a close. */
    private record Outgoing(String frame, Optional<Instant> createdAt, Optional<CloseReason> close) {
        static final Outgoing PING = new Outgoing("", Optional.empty(), Optional.empty());

        static Outgoing text(String frame, Optional<Instant> createdAt) {
            return new Outgoing(frame, createdAt, Optional.empty());
        }

        static Outgoing close(CloseReason reason) {
            return new Outgoing("", Optional.empty(), Optional.of(reason));
        }

        long size() {
            return (long) frame.length() * 3 / 2 + 64;
        }
    }
}
