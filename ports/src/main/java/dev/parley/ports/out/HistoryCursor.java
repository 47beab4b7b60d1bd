package dev.parley.ports.out;

import dev.parley.ports.model.ParleyException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The opaque history cursor every {@link Messages} store hands out: the store position of a page's last message,
 * base64url-encoded behind a prefix naming the store kind, so a cursor of another store is refused.
 */
public final class HistoryCursor {
    private final String prefix;

    /** A cursor format for one kind of store, e.g. {@code "jdbc:"}. */
    public HistoryCursor(String prefix) {
        this.prefix = prefix;
    }

    public String encode(long position) {
        byte[] text = (prefix + position).getBytes(StandardCharsets.US_ASCII);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text);
    }

    /** The position a cursor stands for; {@code invalid_request} naming the cursor for one this store did not make. */
    public long decode(String cursor) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.US_ASCII);
            if (!text.startsWith(prefix)) {
                throw malformed();
            }
            long position = Long.parseLong(text.substring(prefix.length()));
            if (position < 0) {
                throw malformed();
            }
            return position;
        } catch (IllegalArgumentException notBase64OrNumber) {
            throw malformed();
        }
    }

    private static ParleyException malformed() {
        return ParleyException.invalid("cursor", "not a cursor this server made");
    }
}
