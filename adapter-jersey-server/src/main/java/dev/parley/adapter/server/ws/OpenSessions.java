package dev.parley.adapter.server.ws;

import jakarta.websocket.CloseReason;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The open WebSocket connections of this server: pinged on a schedule (so idle sessions stay alive through
 * proxies and the server notices dead peers) and closed with 1001 when the server stops.
 */
public final class OpenSessions {
    private final Set<FrameWriter> writers = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService pinger = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "parley-ws-ping");
        thread.setDaemon(true);
        return thread;
    });

    public OpenSessions(Duration pingInterval) {
        long millis = pingInterval.toMillis();
        pinger.scheduleAtFixedRate(() -> writers.forEach(FrameWriter::ping), millis, millis, TimeUnit.MILLISECONDS);
    }

    void add(FrameWriter writer) {
        writers.add(writer);
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
        writers.forEach(writer -> writer.close(goingAway));
    }
}
