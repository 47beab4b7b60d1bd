package dev.parley.adapter.server.ws;

import jakarta.websocket.CloseReason;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The open WebSocket connections of this server: pinged on a schedule (so idle sessions stay alive through
 * proxies), closed with 1001 when their client has sent nothing, not even a pong, for the idle timeout (a dead
 * peer, or one that stopped reading), and closed with 1001 when the server stops.
 * <p>
 * The idle check rides on the pinger rather than on Tyrus's session idle timeout, which cancels and schedules a
 * timer task on every frame sent or received: at thousands of frames a second its cancelled tasks (kept until
 * they would have run) filled the heap and the timer's queue.
 */
public final class OpenSessions {
    private static final CloseReason IDLE = new CloseReason(CloseReason.CloseCodes.GOING_AWAY, "idle_timeout");

    private final Map<FrameWriter, Pulse> writers = new ConcurrentHashMap<>();
    private final int quietIntervalsAllowed;
    private final ScheduledExecutorService pinger = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "parley-ws-ping");
        thread.setDaemon(true);
        return thread;
    });

    /**
     * Pings every session each {@code pingInterval}; closes one whose client stayed quiet for {@code idleTimeout},
     * counted in whole ping intervals (rounded up), so it goes between one and two intervals after the timeout.
     */
    public OpenSessions(Duration pingInterval, Duration idleTimeout) {
        long millis = pingInterval.toMillis();
        if (millis < 1 || idleTimeout.compareTo(pingInterval) <= 0) {
            throw new IllegalArgumentException("the ping interval must be positive and shorter than the idle timeout");
        }
        quietIntervalsAllowed = (int) Math.min(Integer.MAX_VALUE, (idleTimeout.toMillis() + millis - 1) / millis);
        pinger.scheduleAtFixedRate(this::beat, millis, millis, TimeUnit.MILLISECONDS);
    }

    private void beat() {
        writers.forEach((writer, pulse) -> {
            if (pulse.quietFor(quietIntervalsAllowed)) {
                writer.closeNow(IDLE);
            } else {
                writer.ping();
            }
        });
    }

    void add(FrameWriter writer, Pulse pulse) {
        writers.put(writer, pulse);
    }

    void remove(FrameWriter writer) {
        writers.remove(writer);
        synchronized (writers) {
            writers.notifyAll();
        }
    }

    /** Waits until every session has closed, or {@code timeout} has passed; true when none is left. */
    public boolean awaitAllClosed(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (writers) {
            while (!writers.isEmpty()) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                writers.wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
            }
            return true;
        }
    }

    public int count() {
        return writers.size();
    }

    /** Closes every open session with 1001 (going away) and stops pinging. */
    public void closeAll() {
        pinger.shutdownNow();
        CloseReason goingAway = new CloseReason(CloseReason.CloseCodes.GOING_AWAY, "the server is stopping");
        writers.keySet().forEach(writer -> writer.close(goingAway));
    }
}
