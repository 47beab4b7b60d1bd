package dev.parley.adapter.server.http;

import dev.parley.ports.model.ErrorCode;
import dev.parley.ports.model.ParleyException;
import java.io.IOException;
import java.io.InputStream;

/**
 * The request body limit ({@code 413 payload_too_large}): a declared {@code Content-Length} over it is refused before
 * anything is read, and reading stops one byte past it, so a chunked upload without a length is capped too.
 */
public final class BodyLimit {
    private final int maxBytes;

    public BodyLimit(int maxBytes) {
        if (maxBytes < 1) {
            throw new IllegalArgumentException("maxBytes must be positive");
        }
        this.maxBytes = maxBytes;
    }

    /** Refuses a declared length over the limit; {@code -1} (none declared) passes. */
    public void checkDeclared(long contentLength) {
        if (contentLength > maxBytes) {
            throw tooLarge();
        }
    }

    /** The whole body, refused when it runs over the limit or is empty (a body is a JSON object on this API). */
    public byte[] read(InputStream body) throws IOException {
        byte[] bytes = body.readNBytes(maxBytes + 1);
        if (bytes.length > maxBytes) {
            throw tooLarge();
        }
        if (bytes.length == 0) {
            throw ParleyException.invalid("body", "a JSON object is required");
        }
        return bytes;
    }

    private ParleyException tooLarge() {
        return new ParleyException(ErrorCode.PAYLOAD_TOO_LARGE, "body: larger than " + maxBytes + " bytes");
    }
}
