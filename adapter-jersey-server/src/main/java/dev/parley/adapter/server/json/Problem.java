package dev.parley.adapter.server.json;

import dev.parley.ports.model.ErrorCode;
import java.util.Locale;

/** An RFC 9457 problem document with the contract's machine-readable {@code code}. */
public record Problem(String type, String title, int status, String detail, String code) {
    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_BASE = "https://parley.dev/problems/";

    /** The problem for a refusal of the domain. */
    public static Problem of(ErrorCode code, String detail) {
        return of(status(code), code.wireName(), detail);
    }

    /** A problem for a refusal that has no domain code (an unknown route, a wrong method, an internal error). */
    public static Problem of(int status, String code, String detail) {
        return new Problem(TYPE_BASE + code, title(code), status, detail, code);
    }

    /** The HTTP status of each code of the contract's table. */
    public static int status(ErrorCode code) {
        return switch (code) {
            case INVALID_REQUEST -> 400;
            case UNAUTHORIZED, INVALID_CREDENTIALS -> 401;
            case NOT_FRIENDS -> 403;
            case USER_NOT_FOUND, AGENT_NOT_FOUND, MESSAGE_NOT_FOUND, NO_PENDING_REQUEST -> 404;
            case USERNAME_TAKEN, ALREADY_FRIENDS, AGENT_EXISTS -> 409;
            case PAYLOAD_TOO_LARGE -> 413;
            case PROTOCOL_VIOLATION, CONVERSATION_CLOSED -> 422;
            case RATE_LIMITED -> 429;
        };
    }

    /** {@code user_not_found} reads as "User not found". */
    private static String title(String code) {
        String words = code.replace('_', ' ');
        return words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
    }
}
