package dev.parley.adapter.server.http;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;

/** Refuses a request whose declared Content-Length is over the {@link BodyLimit} before anything reads it. */
@PreMatching
@Priority(Priorities.HEADER_DECORATOR)
public final class BodyLimitFilter implements ContainerRequestFilter {
    private final BodyLimit limit;

    public BodyLimitFilter(BodyLimit limit) {
        this.limit = limit;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        limit.checkDeclared(request.getLength());
    }
}
