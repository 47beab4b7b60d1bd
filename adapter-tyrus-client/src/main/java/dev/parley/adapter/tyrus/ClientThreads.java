package dev.parley.adapter.tyrus;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads of one client, all daemons with telling names: an I/O pool for the HTTP client and the blocking
 * WebSocket handshakes (given explicitly, so no stage ever lands on the common pool), one timer for refreshes,
 * pings and reconnections, and one delivery thread per stream.
 */
final class ClientThreads {
    private static final AtomicInteger CLIENTS = new AtomicInteger();

    private final ExecutorService io;
    private final ScheduledThreadPoolExecutor timer;
    private final ThreadFactory delivery;

    ClientThreads() {
        int client = CLIENTS.incrementAndGet();
        this.io = Executors.newCachedThreadPool(named("parley-client-" + client + "-io-"));
        this.timer = new ScheduledThreadPoolExecutor(1, named("parley-client-" + client + "-timer-"));
        this.timer.setRemoveOnCancelPolicy(true);
        this.delivery = named("parley-client-" + client + "-delivery-");
    }

    ExecutorService io() {
        return io;
    }

    ScheduledThreadPoolExecutor timer() {
        return timer;
    }

    ThreadFactory delivery() {
        return delivery;
    }

    void shutdown() {
        timer.shutdownNow();
        io.shutdown();
    }

    private static ThreadFactory named(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, prefix + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
