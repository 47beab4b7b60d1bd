package dev.parley.adapter.server.http;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

/** Anything unexpected is logged with an incident id and answered with a 500 problem that holds no stack trace. */
public final class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {
    @Override
    public Response toResponse(Throwable failure) {
        return ProblemResponses.of(ProblemAnswer.unexpected(failure));
    }
}
