package dev.parley.adapter.server.http;

import dev.parley.adapter.server.json.Problem;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Anything unexpected is logged with an incident id and answered with a 500 problem that holds no stack trace. */
public final class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {
    private static final Logger LOG = LoggerFactory.getLogger(UnexpectedExceptionMapper.class);

    @Override
    public Response toResponse(Throwable failure) {
        String incident = UUID.randomUUID().toString();
        LOG.error("Unexpected failure, incident {}", incident, failure);
        return ProblemResponses.of(Problem.of(500, "internal_error", "the server failed to handle the request (incident " + incident + ")"));
    }
}
