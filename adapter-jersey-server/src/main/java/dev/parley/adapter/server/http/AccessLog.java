package dev.parley.adapter.server.http;

import dev.parley.adapter.server.metrics.ServerMetrics;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The access log line and the request timer of one HTTP request, whoever served it (Jersey, the message handler,
 * the WebSocket upgrade). A successful {@code POST /message/{friend_id}} is the hot path of the API and logs at DEBUG;
 * every other request, and every refusal of that one, at INFO. Targets are redacted: no token reaches a log line.
 */
public final class AccessLog {
    /** The route template of sending a message, as metrics and logs name it. */
    public static final String MESSAGE_ROUTE = "/message/{friend_id}";
    private static final Logger ACCESS = LoggerFactory.getLogger("dev.parley.access");

    private final ServerMetrics metrics;

    public AccessLog(ServerMetrics metrics) {
        this.metrics = metrics;
    }

    /** Times the request under its route template and logs it; {@code target} (path and redacted query) is built only if logged. */
    public void record(String method, String route, int status, long nanos, Supplier<String> target) {
        metrics.httpRequest(method, route, status, nanos);
        boolean quiet = status >= 200 && status < 300 && route.equals(MESSAGE_ROUTE) && method.equals("POST");
        if (quiet ? ACCESS.isDebugEnabled() : ACCESS.isInfoEnabled()) {
            String line = method + " " + target.get() + " " + status + " " + nanos / 1_000_000 + "ms";
            if (quiet) {
                ACCESS.debug(line);
            } else {
                ACCESS.info(line);
            }
        }
    }
}
