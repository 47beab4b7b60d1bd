package dev.parley.adapter.server.http;

import dev.parley.adapter.server.json.Problem;
import dev.parley.adapter.server.limits.RateLimitedException;
import dev.parley.ports.model.ErrorCode;
import dev.parley.ports.model.ParleyException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

/** A refusal of the domain (or of input checking) becomes the problem document of its code; {@code 429} with {@code Retry-After}. */
public final class ParleyExceptionMapper implements ExceptionMapper<ParleyException> {
    @Override
    public Response toResponse(ParleyException refusal) {
        Response problem = ProblemResponses.of(Problem.of(refusal.code(), refusal.detail()));
        if (refusal.code() != ErrorCode.RATE_LIMITED) {
            return problem;
        }
        return Response.fromResponse(problem).header(HttpHeaders.RETRY_AFTER, RateLimitedException.retryAfterSeconds(refusal)).build();
    }
}
