package dev.parley.adapter.pgcluster;

import dev.parley.ports.out.LiveSignals;
import dev.parley.ports.out.Signal;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * Live signals across nodes over PostgreSQL LISTEN/NOTIFY. Every signal takes the same path, this node's own too:
 * published to the database, received by every listening node (this one included), handed to the subscribers.
 * One node's signals arrive everywhere in the order it published them, and are handed on in that order per user.
 * Publishing a wake-up for new messages waits (up to 2 s) until it is sent: the message was just committed and the
 * sender is about to be answered, and a node that dies right after answering must not leave the recipient unwoken.
 * Other signals are sent without waiting.
 */
final class PostgresSignals implements LiveSignals {
    static final Duration WAKE_UP_WAIT = Duration.ofSeconds(2);

    private final SignalSender sender;
    private final SignalLanes lanes;

    PostgresSignals(SignalSender sender, SignalLanes lanes) {
        this.sender = sender;
        this.lanes = lanes;
    }

    @Override
    public void publish(Signal signal) {
        CompletableFuture<Void> sent = sender.publish(Objects.requireNonNull(signal, "signal"));
        if (signal instanceof Signal.MessagesWaiting) {
            awaitQuietly(sent);
        }
    }

    /** A wake-up not sent in time stays queued and goes out once the database takes it. */
    private static void awaitQuietly(CompletableFuture<Void> sent) {
        try {
            sent.get(WAKE_UP_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException notYet) {
            // still queued: the sender retries it
        }
    }

    @Override
    public void subscribe(Consumer<Signal> receiver) {
        lanes.subscribe(Objects.requireNonNull(receiver, "receiver"));
    }
}
