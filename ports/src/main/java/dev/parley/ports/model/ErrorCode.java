package dev.parley.ports.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The stable refusal codes of the wire contract; adapters map them to statuses and problem documents. */
public enum ErrorCode {
    INVALID_REQUEST,
    UNAUTHORIZED,
    INVALID_CREDENTIALS,
    NOT_FRIENDS,
    USER_NOT_FOUND,
    AGENT_NOT_FOUND,
    MESSAGE_NOT_FOUND,
    NO_PENDING_REQUEST,
    USERNAME_TAKEN,
    ALREADY_FRIENDS,
    AGENT_EXISTS,
    PAYLOAD_TOO_LARGE,
    PROTOCOL_VIOLATION,
    CONVERSATION_CLOSED,
    RATE_LIMITED;

    /** The code as it is written on the wire, e.g. {@code not_friends}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The code for a wire name, empty for a code this version does not know. */
    public static Optional<ErrorCode> fromWireName(String wireName) {
        return Arrays.stream(values()).filter(code -> code.wireName().equals(wireName)).findFirst();
    }
}
