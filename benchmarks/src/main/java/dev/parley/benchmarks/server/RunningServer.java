package dev.parley.benchmarks.server;

/** A server under measurement, running in this process: its bound port, and how to stop it. */
public interface RunningServer {
    int port();

    void stop();
}
