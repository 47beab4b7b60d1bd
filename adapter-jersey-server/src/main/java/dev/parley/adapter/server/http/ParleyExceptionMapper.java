package dev.parley.adapter.server.http;

import dev.parley.ports.model.ParleyException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

/** A refusal of the domain (or of input checking) becomes the problem document of its code; {@code 429} with {@code Retry-After}. */
public final class ParleyExceptionMapper implements ExceptionMapper<ParleyException> {
    @Override
    public Response toResponse(ParleyException refusal) {
        return ProblemResponses.of(ProblemAnswer.of(refusal));
    }
}
