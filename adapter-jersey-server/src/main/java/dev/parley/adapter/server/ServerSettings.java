package dev.parley.adapter.server;

import dev.parley.adapter.server.limits.Limits;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Where the server listens, its limits and its TLS. {@link #defaults(String, int)}: plain HTTP, request bodies up to
 * 256 KiB, WebSocket frames up to 128 KiB, Grizzly's worker threads (twice the cores), a ping to every WebSocket session each 20 s, a session whose client sent
 * nothing (no frame, no pong) for 2 minutes closed with 1001, 10 s to drain HTTP requests on stop, and {@link Limits#defaults()}.
 * <p>
 * The pings are what keeps an idle WebSocket open: Grizzly's HTTP keep-alive idle timeout (30 s) also applies
 * to upgraded connections and closes a silent one, so the ping interval must stay under it.
 */
public record ServerSettings(
        String host,
        int port,
        int maxBodyBytes,
        int maxFrameBytes,
        Duration pingInterval,
        Duration sessionIdleTimeout,
        Duration stopGrace,
        Limits limits,
        Optional<TlsSettings> tls,
        OptionalInt workerThreads) {

    public static final int MAX_BODY_BYTES = 256 * 1024;
    public static final int MAX_FRAME_BYTES = 128 * 1024;
    public static final int MAX_WORKER_THREADS = 1024;
    /** Grizzly's keep-alive idle timeout, which closes a WebSocket that nothing is written to. */
    static final Duration KEEP_ALIVE_IDLE = Duration.ofSeconds(30);

    public ServerSettings {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(pingInterval, "pingInterval");
        Objects.requireNonNull(sessionIdleTimeout, "sessionIdleTimeout");
        Objects.requireNonNull(stopGrace, "stopGrace");
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(tls, "tls");
        Objects.requireNonNull(workerThreads, "workerThreads");
        if (workerThreads.isPresent() && (workerThreads.getAsInt() < 1 || workerThreads.getAsInt() > MAX_WORKER_THREADS)) {
            throw new IllegalArgumentException("worker threads must be 1 to " + MAX_WORKER_THREADS);
        }
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be 0 to 65535");
        }
        if (maxBodyBytes < 1 || maxFrameBytes < 1) {
            throw new IllegalArgumentException("limits must be positive");
        }
        if (pingInterval.isNegative() || pingInterval.isZero() || pingInterval.compareTo(KEEP_ALIVE_IDLE) >= 0) {
            throw new IllegalArgumentException("the ping interval must be positive and under " + KEEP_ALIVE_IDLE);
        }
        if (sessionIdleTimeout.compareTo(pingInterval) <= 0) {
            throw new IllegalArgumentException("the session idle timeout must be longer than the ping interval");
        }
    }

    public static ServerSettings defaults(String host, int port) {
        return new ServerSettings(host, port, MAX_BODY_BYTES, MAX_FRAME_BYTES, Duration.ofSeconds(20), Duration.ofMinutes(2),
                Duration.ofSeconds(10), Limits.defaults(), Optional.empty(), OptionalInt.empty());
    }

    public ServerSettings withPingInterval(Duration interval, Duration idleTimeout) {
        return new ServerSettings(host, port, maxBodyBytes, maxFrameBytes, interval, idleTimeout, stopGrace, limits, tls, workerThreads);
    }

    public ServerSettings withLimits(Limits value) {
        return new ServerSettings(host, port, maxBodyBytes, maxFrameBytes, pingInterval, sessionIdleTimeout, stopGrace, value, tls, workerThreads);
    }

    /** HTTPS and WSS on the same one port, with the key and certificate of {@code value}. */
    public ServerSettings withTls(TlsSettings value) {
        return new ServerSettings(host, port, maxBodyBytes, maxFrameBytes, pingInterval, sessionIdleTimeout, stopGrace, limits,
                Optional.of(value), workerThreads);
    }

    /**
     * {@code count} threads serve requests and frames (they also wait on the stores: a send waits for its commit).
     * Unset, Grizzly's default applies: twice the cores.
     */
    public ServerSettings withWorkerThreads(int count) {
        return new ServerSettings(host, port, maxBodyBytes, maxFrameBytes, pingInterval, sessionIdleTimeout, stopGrace, limits, tls,
                OptionalInt.of(count));
    }

    /** {@code https} with TLS, else {@code http}. */
    public String scheme() {
        return tls.isPresent() ? "https" : "http";
    }
}
