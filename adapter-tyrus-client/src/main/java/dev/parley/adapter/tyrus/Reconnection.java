package dev.parley.adapter.tyrus;

import dev.parley.ports.client.Failures;
import dev.parley.ports.model.ErrorCode;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings a lost connection back: one attempt at a time, waiting per {@link Backoff} between failures, until one
 * succeeds or the login is found to have ended (the server refuses the token and its refresh).
 */
final class Reconnection {
    private static final Logger LOG = LoggerFactory.getLogger(Reconnection.class);

    private final StreamRuntime runtime;
    private final Supplier<CompletableFuture<Void>> attempt;
    private final Consumer<String> giveUp;
    private final Backoff backoff;
    private Optional<ScheduledFuture<?>> next = Optional.empty();
    private boolean underway;
    private boolean stopped;

    Reconnection(StreamRuntime runtime, Supplier<CompletableFuture<Void>> attempt, Consumer<String> giveUp) {
        this.runtime = runtime;
        this.attempt = attempt;
        this.giveUp = giveUp;
        this.backoff = new Backoff(runtime.settings().firstBackoff(), runtime.settings().maxBackoff(),
                () -> ThreadLocalRandom.current().nextDouble());
    }

    /** The connection is lost: start reconnecting, unless that is already underway. */
    synchronized void schedule() {
        if (stopped || underway) {
            return;
        }
        underway = true;
        later(backoff.next());
    }

    synchronized void succeeded() {
        underway = false;
        backoff.reset();
    }

    synchronized void stop() {
        stopped = true;
        next.ifPresent(task -> task.cancel(false));
    }

    private void later(Duration wait) {
        try {
            next = Optional.of(runtime.scheduler().schedule(this::run, wait.toMillis(), TimeUnit.MILLISECONDS));
        } catch (RejectedExecutionException closed) {
            LOG.debug("The client is closed; no reconnection");
        }
    }

    private void run() {
        attempt.get().whenComplete((connected, failure) -> {
            if (failure == null) {
                return;
            }
            if (Failures.hasCode(failure, ErrorCode.UNAUTHORIZED)) {
                giveUp.accept("the login has ended: " + Failures.cause(failure).getMessage());
                return;
            }
            synchronized (this) {
                if (!stopped) {
                    Duration wait = backoff.next();
                    LOG.info("Reconnecting failed ({}); next attempt in {} ms", Failures.cause(failure).getMessage(), wait.toMillis());
                    later(wait);
                }
            }
        });
    }
}
