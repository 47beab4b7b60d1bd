package dev.parley.adapter.server.http;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;

/** Refuses a request whose declared Content-Length is over the limit before anything reads it ({@code 413 payload_too_large}). */
@PreMatching
@Priority(Priorities.HEADER_DECORATOR)
public final class BodyLimitFilter implements ContainerRequestFilter {
    private final int maxBytes;

    public BodyLimitFilter(int maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getLength() > maxBytes) {
            throw JsonBodyReader.tooLarge(maxBytes);
        }
    }
}
