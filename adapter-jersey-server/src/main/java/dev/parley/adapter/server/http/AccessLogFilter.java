package dev.parley.adapter.server.http;

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

/** Hands every Jersey request to the {@link AccessLog}, with its matched route template and its time. */
@PreMatching
@Priority(1)
public final class AccessLogFilter implements ContainerRequestFilter, ContainerResponseFilter {
    private static final String STARTED = AccessLogFilter.class.getName() + ".started";

    private final AccessLog log;

    public AccessLogFilter(AccessLog log) {
        this.log = log;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        request.setProperty(STARTED, System.nanoTime());
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        Object started = request.getProperty(STARTED);
        long nanos = started instanceof Long start ? System.nanoTime() - start : 0L;
        log.record(request.getMethod(), route(request), response.getStatus(), nanos, () -> Redaction.target(
                "/" + request.getUriInfo().getPath(false), request.getUriInfo().getRequestUri().getRawQuery()));
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
