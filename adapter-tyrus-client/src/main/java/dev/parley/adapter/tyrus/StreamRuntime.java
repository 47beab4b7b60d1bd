package dev.parley.adapter.tyrus;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;

/** What a client's streams share: the connector, the timer thread, the settings, and a factory for delivery threads. */
record StreamRuntime(Connector connector, ScheduledExecutorService scheduler, ClientSettings settings, ThreadFactory deliveryThreads) {
    /** A stream's own thread, on which its listener is called one event at a time. */
    ExecutorService deliveryThread() {
        return Executors.newSingleThreadExecutor(deliveryThreads);
    }
}
