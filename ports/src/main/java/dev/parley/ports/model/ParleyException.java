package dev.parley.ports.model;

import java.util.Objects;

/**
 * A refusal with a stable {@link ErrorCode} and a human-readable detail. The domain throws it, the
 * server turns it into a problem document, and the client adapters throw it again on the other side,
 * so agent code can {@code switch} on {@link #code()} whatever the transport.
 */
public class ParleyException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final ErrorCode code;

    public ParleyException(ErrorCode code, String detail) {
        super(Objects.requireNonNull(detail, "detail"));
        this.code = Objects.requireNonNull(code, "code");
    }

    public ErrorCode code() {
        return code;
    }

    /** The human-readable explanation; for {@code invalid_request} it names the field. */
    public String detail() {
        return getMessage();
    }

    public static ParleyException invalid(String field, String problem) {
        return new ParleyException(ErrorCode.INVALID_REQUEST, field + ": " + problem);
    }

    @Override
    public String toString() {
        return "ParleyException[" + code.wireName() + ": " + getMessage() + "]";
    }
}
