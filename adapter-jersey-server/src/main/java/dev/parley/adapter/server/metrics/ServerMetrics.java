package dev.parley.adapter.server.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** The server's Micrometer meters, scraped in Prometheus text format by {@code GET /metrics}. */
public final class ServerMetrics {
    /** The content type of the Prometheus text exposition format. */
    public static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    private final Clock clock;
    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final AtomicInteger openSessions = new AtomicInteger();
    private final Counter accepted;
    private final Counter delivered;
    private final Timer deliveryLatency;
    private final ConcurrentMap<RequestKey, Timer> requestTimers = new ConcurrentHashMap<>();

    /** What a request timer is kept by: routes are templates and methods and statuses few, so the map stays small. */
    private record RequestKey(String method, String route, int status) {
    }

    public ServerMetrics(Clock clock) {
        this.clock = clock;
        Gauge.builder("parley.websocket.sessions.open", openSessions, AtomicInteger::get)
                .description("Open WebSocket sessions").register(registry);
        accepted = Counter.builder("parley.messages.accepted").description("Messages stored, by REST or WebSocket")
                .register(registry);
        delivered = Counter.builder("parley.messages.delivered").description("Message frames written to WebSocket sessions")
                .register(registry);
        deliveryLatency = Timer.builder("parley.delivery.latency")
                .description("Time from a message's acceptance to its frame being written")
                .publishPercentileHistogram().register(registry);
    }

    /** Records a request on the timer of its (method, route template, status); each timer is built once. */
    public void httpRequest(String method, String route, int status, long nanos) {
        requestTimers.computeIfAbsent(new RequestKey(method, route, status), this::requestTimer).record(nanos, TimeUnit.NANOSECONDS);
    }

    private Timer requestTimer(RequestKey key) {
        return Timer.builder("http.server.requests").description("HTTP requests by route and status")
                .tag("method", key.method()).tag("route", key.route()).tag("status", Integer.toString(key.status()))
                .register(registry);
    }

    public void messageAccepted() {
        accepted.increment();
    }

    public void messageDelivered(Instant createdAt) {
        delivered.increment();
        Duration latency = Duration.between(createdAt, clock.instant());
        deliveryLatency.record(latency.isNegative() ? Duration.ZERO : latency);
    }

    public void sessionOpened() {
        openSessions.incrementAndGet();
    }

    public void sessionClosed() {
        openSessions.decrementAndGet();
    }

    public String scrape() {
        return registry.scrape();
    }
}
