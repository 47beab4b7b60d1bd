package dev.parley.adapter.tyrus;

import dev.parley.adapter.tyrus.wire.ProblemJson;
import dev.parley.adapter.tyrus.wire.WireFormatException;
import dev.parley.adapter.tyrus.wire.WireJson;
import dev.parley.ports.client.ParleyTransportException;
import dev.parley.ports.model.ErrorCode;
import dev.parley.ports.model.ParleyException;
import java.util.Optional;

/**
 * Turns a refusal from the server into the exception agent code switches on. A problem whose {@code code} is one
 * of the contract's becomes a {@link ParleyException} with that {@link ErrorCode} and the server's detail.
 *
 * <p>A code this client does not know (a newer server, or the framework's own such as {@code not_found} for an
 * unknown path) is mapped by HTTP status, with the unknown code kept at the start of the detail:
 * 401 → {@code unauthorized}; 403 → {@code not_friends} (the contract's only 403); 413 → {@code payload_too_large};
 * 422 → {@code protocol_violation}; 429 → {@code rate_limited}; any other 4xx → {@code invalid_request} (the
 * request, as sent, is not one this server takes). A 5xx, or an answer that is no problem document at all, is not
 * a refusal but a {@link ParleyTransportException}: the server failed, and a retry may succeed.
 */
final class Problems {
    private Problems() {
    }

    /** The failure for an HTTP answer outside 2xx; a {@code Retry-After} is added to the detail. */
    static RuntimeException fromResponse(int status, String body, Optional<String> retryAfter) {
        Optional<ProblemJson> problem = parse(body);
        if (status >= 500 || problem.isEmpty() || problem.get().code() == null) {
            return new ParleyTransportException("the server answered HTTP " + status
                    + problem.map(p -> ": " + p.detail()).orElse(" without a problem document"));
        }
        String detail = detailOf(problem.get()) + retryAfter.map(seconds -> " (retry after " + seconds + " s)").orElse("");
        return refusal(status, problem.get().code(), detail);
    }

    /** The refusal for a code and detail, by the rules above. */
    static ParleyException refusal(int status, String code, String detail) {
        return ErrorCode.fromWireName(code)
                .map(known -> new ParleyException(known, detail))
                .orElseGet(() -> new ParleyException(byStatus(status), code + ": " + detail));
    }

    static ErrorCode byStatus(int status) {
        return switch (status) {
            case 401 -> ErrorCode.UNAUTHORIZED;
            case 403 -> ErrorCode.NOT_FRIENDS;
            case 413 -> ErrorCode.PAYLOAD_TOO_LARGE;
            case 422 -> ErrorCode.PROTOCOL_VIOLATION;
            case 429 -> ErrorCode.RATE_LIMITED;
            default -> ErrorCode.INVALID_REQUEST;
        };
    }

    private static String detailOf(ProblemJson problem) {
        if (problem.detail() != null) {
            return problem.detail();
        }
        return problem.title() == null ? problem.code() : problem.title();
    }

    private static Optional<ProblemJson> parse(String body) {
        if (body == null || body.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(WireJson.read(body, ProblemJson.class));
        } catch (WireFormatException notAProblem) {
            return Optional.empty();
        }
    }
}
