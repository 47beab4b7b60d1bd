package dev.parley.adapter.server.http;

import dev.parley.adapter.server.json.Problem;
import jakarta.ws.rs.core.Response;

/** Jersey's form of a {@link ProblemAnswer}: the {@code application/problem+json} response of a refusal. */
public final class ProblemResponses {
    private ProblemResponses() {
    }

    public static Response of(ProblemAnswer answer) {
        Response.ResponseBuilder response = Response.status(answer.status()).type(Problem.MEDIA_TYPE).entity(answer.problem());
        answer.headers().forEach(response::header);
        return response.build();
    }
}
