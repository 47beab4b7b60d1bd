package dev.parley.adapter.tyrus.wire;

import java.time.Instant;
import java.time.format.DateTimeParseException;

/** Wire times: RFC 3339 UTC strings such as {@code 2026-11-25T20:10:42.120Z}. */
final class Times {
    private Times() {
    }

    static Instant parse(String text, String field) {
        if (text == null) {
            throw new WireFormatException(field + " is missing");
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException malformed) {
            throw new WireFormatException(field + " is not an RFC 3339 time", malformed);
        }
    }

    /**
     * A user's creation time where the wire may leave it out ({@code GET /me} and {@code GET /friends} carry none):
     * {@link Instant#EPOCH} then stands for "not told".
     */
    static Instant createdAt(String text) {
        return text == null ? Instant.EPOCH : parse(text, "created_at");
    }
}
