package dev.parley.adapter.server.http;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Jersey's own refusals (no such route, wrong method, …) become problem documents too. */
public final class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {
    private static final Logger LOG = LoggerFactory.getLogger(WebApplicationExceptionMapper.class);

    @Override
    public Response toResponse(WebApplicationException failure) {
        int status = failure.getResponse().getStatus();
        if (status >= 500) {
            LOG.error("Request failed inside the framework", failure);
        }
        ProblemAnswer answer = ProblemAnswer.ofStatus(status);
        String allow = failure.getResponse().getHeaderString(HttpHeaders.ALLOW);
        return ProblemResponses.of(allow == null ? answer : answer.with(HttpHeaders.ALLOW, allow));
    }
}
