package dev.parley.adapter.server.http;

import dev.parley.adapter.server.json.Problem;
import dev.parley.ports.model.ParleyException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

/** A refusal of the domain (or of input checking) becomes the problem document of its code. */
public final class ParleyExceptionMapper implements ExceptionMapper<ParleyException> {
    @Override
    public Response toResponse(ParleyException refusal) {
        return ProblemResponses.of(Problem.of(refusal.code(), refusal.detail()));
    }
}
