package dev.parley.adapter.tyrus;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Pings the server every interval so idle connections stay up, and calls a connection dead when nothing at all
 * (no pong, no message) came for two intervals.
 */
final class Keepalive {
    private final ScheduledExecutorService scheduler;
    private final Duration interval;
    private final Runnable ping;
    private final Runnable silent;
    private volatile long lastHeard = System.nanoTime();
    private Optional<ScheduledFuture<?>> ticking = Optional.empty();

    Keepalive(ScheduledExecutorService scheduler, Duration interval, Runnable ping, Runnable silent) {
        this.scheduler = scheduler;
        this.interval = interval;
        this.ping = ping;
        this.silent = silent;
    }

    synchronized void start() {
        long millis = interval.toMillis();
        try {
            ticking = Optional.of(scheduler.scheduleAtFixedRate(this::tick, millis, millis, TimeUnit.MILLISECONDS));
        } catch (RejectedExecutionException closed) {
            ticking = Optional.empty();
        }
    }

    void heard() {
        lastHeard = System.nanoTime();
    }

    synchronized void stop() {
        ticking.ifPresent(task -> task.cancel(false));
        ticking = Optional.empty();
    }

    private void tick() {
        if (System.nanoTime() - lastHeard > interval.multipliedBy(2).toNanos()) {
            heard();
            silent.run();
        } else {
            ping.run();
        }
    }
}
