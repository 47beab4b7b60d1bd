package dev.parley.adapter.jdbc;

import dev.parley.ports.model.ParleyException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** The opaque history cursor: the store position of the last message of a page, base64url-encoded. */
final class HistoryCursor {
    private static final String PREFIX = "jdbc:";

    private HistoryCursor() {
    }

    static String encode(long position) {
        byte[] text = (PREFIX + position).getBytes(StandardCharsets.US_ASCII);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text);
    }

    /** The position a cursor stands for; {@code invalid_request} naming the cursor for one this store did not make. */
    static long decode(String cursor) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.US_ASCII);
            if (!text.startsWith(PREFIX)) {
                throw malformed();
            }
            long position = Long.parseLong(text.substring(PREFIX.length()));
            if (position < 0) {
                throw malformed();
            }
            return position;
        } catch (IllegalArgumentException e) {
            throw malformed();
        }
    }

    private static ParleyException malformed() {
        return ParleyException.invalid("cursor", "not a cursor this server made");
    }
}
