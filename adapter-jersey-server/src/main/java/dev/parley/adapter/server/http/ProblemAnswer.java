package dev.parley.adapter.server.http;

import dev.parley.adapter.server.json.Json;
import dev.parley.adapter.server.json.Problem;
import dev.parley.adapter.server.limits.RateLimitedException;
import dev.parley.ports.model.ErrorCode;
import dev.parley.ports.model.ParleyException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A refusal as the contract answers it over HTTP: the problem document ({@code application/problem+json}) and its
 * headers, {@code WWW-Authenticate: Bearer} on 401 and {@code Retry-After} on 429. Jersey's exception mappers and the
 * message handler both answer with it, so every route refuses alike.
 */
public record ProblemAnswer(Problem problem, Map<String, String> headers) {
    private static final Logger LOG = LoggerFactory.getLogger(ProblemAnswer.class);

    public ProblemAnswer {
        Objects.requireNonNull(problem, "problem");
        headers = Map.copyOf(headers);
    }

    /** The answer to a refusal of the domain, of input checking or of a limit. */
    public static ProblemAnswer of(ParleyException refusal) {
        ProblemAnswer answer = of(Problem.of(refusal.code(), refusal.detail()));
        return refusal.code() == ErrorCode.RATE_LIMITED
                ? answer.with("Retry-After", Long.toString(RateLimitedException.retryAfterSeconds(refusal)))
                : answer;
    }

    public static ProblemAnswer of(Problem problem) {
        return new ProblemAnswer(problem, problem.status() == 401 ? Map.of("WWW-Authenticate", "Bearer") : Map.of());
    }

    /** The answer of an HTTP-level refusal that has no domain code: no such route, a wrong method, and the like. */
    public static ProblemAnswer ofStatus(int status) {
        return of(Problem.of(status, code(status), detail(status)));
    }

    /** Anything unexpected: logged with an incident id, answered with a 500 that holds no stack trace. */
    public static ProblemAnswer unexpected(Throwable failure) {
        String incident = UUID.randomUUID().toString();
        LOG.error("Unexpected failure, incident {}", incident, failure);
        return of(Problem.of(500, "internal_error", "the server failed to handle the request (incident " + incident + ")"));
    }

    public ProblemAnswer with(String header, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(header, value);
        return new ProblemAnswer(problem, more);
    }

    public int status() {
        return problem.status();
    }

    /** The problem document, compact JSON. */
    public byte[] body() {
        return Json.bytes(problem);
    }

    private static String code(int status) {
        return switch (status) {
            case 400 -> "invalid_request";
            case 401 -> "unauthorized";
            case 404 -> "not_found";
            case 405 -> "method_not_allowed";
            case 406 -> "not_acceptable";
            case 413 -> "payload_too_large";
            case 415 -> "unsupported_media_type";
            default -> status >= 500 ? "internal_error" : "http_" + status;
        };
    }

    private static String detail(int status) {
        return switch (status) {
            case 404 -> "no such resource";
            case 405 -> "this method is not allowed on this resource";
            case 406 -> "this resource answers application/json only";
            case 415 -> "this resource reads application/json only";
            default -> status >= 500 ? "the server failed to handle the request" : "the request was refused (HTTP " + status + ")";
        };
    }
}
