package dev.parley.adapter.server.http;

import dev.parley.adapter.server.metrics.ServerMetrics;
import jakarta.annotation.Priority;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import java.util.ArrayList;
import java.util.List;
import org.glassfish.jersey.server.ExtendedUriInfo;
import org.glassfish.jersey.uri.UriTemplate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One access log line per request (the token query parameter redacted) and the request timer by route and status. */
@PreMatching
@Priority(1)
public final class AccessLogFilter implements ContainerRequestFilter, ContainerResponseFilter {
    private static final Logger ACCESS = LoggerFactory.getLogger("dev.parley.access");
    private static final String STARTED = AccessLogFilter.class.getName() + ".started";

    private final ServerMetrics metrics;

    public AccessLogFilter(ServerMetrics metrics) {
        this.metrics = metrics;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        request.setProperty(STARTED, System.nanoTime());
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        Object started = request.getProperty(STARTED);
        long nanos = started instanceof Long start ? System.nanoTime() - start : 0L;
        String route = route(request);
        metrics.httpRequest(request.getMethod(), route, response.getStatus(), nanos);
        if (ACCESS.isInfoEnabled()) {
            String target = Redaction.target("/" + request.getUriInfo().getPath(false), request.getUriInfo().getRequestUri().getRawQuery());
            ACCESS.info("{} {} {} {}ms", request.getMethod(), target, response.getStatus(), nanos / 1_000_000);
        }
    }

    /** The matched route template ({@code /friends/{username}}), so the metric does not grow a series per user. */
    private static String route(ContainerRequestContext request) {
        List<UriTemplate> matched = new ArrayList<>(((ExtendedUriInfo) request.getUriInfo()).getMatchedTemplates());
        if (matched.isEmpty()) {
            return "unmatched";
        }
        StringBuilder route = new StringBuilder();
        for (int i = matched.size() - 1; i >= 0; i--) {
            String template = matched.get(i).getTemplate();
            if (!template.isEmpty() && !template.equals("/")) {
                route.append(template.startsWith("/") ? "" : "/").append(template);
            }
        }
        return route.length() == 0 ? "/" : route.toString().replace("//", "/");
    }
}
