package dev.parley.adapter.jdbc;

import dev.parley.ports.out.HistoryCursor;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.OptionalLong;

/**
 * Where a history page ended, as its cursor carries it: the store position of the page's last message, and a seq of
 * the user's at or below which every message the user received lies at or before that position (where the next page
 * starts reading the received side). The cursor is {@code "jdbc2:POSITION:SEQ"}, base64url-encoded. A cursor made
 * before the seq was carried, {@code "jdbc:POSITION"}, still reads, with no seq: the reader works it out once.
 */
record HistoryBookmark(long position, OptionalLong receivedSeq) {
    static final HistoryBookmark START = new HistoryBookmark(0, 0);

    private static final String PREFIX = "jdbc2:";
    private static final HistoryCursor POSITION_ONLY = new HistoryCursor("jdbc:");

    HistoryBookmark(long position, long receivedSeq) {
        this(position, OptionalLong.of(receivedSeq));
    }

    /** The cursor of a page that ended here; only for a bookmark with its seq. */
    String encode() {
        String text = PREFIX + position + ":" + receivedSeq.orElseThrow();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.US_ASCII));
    }

    /**
     * The bookmark a cursor stands for; anything but a {@code "jdbc2:"} cursor goes to the position-only format, which
     * refuses, as it always did, a cursor this store did not make ({@code invalid_request} naming the cursor).
     */
    static HistoryBookmark decode(String cursor) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.US_ASCII);
            if (text.startsWith(PREFIX)) {
                String[] parts = text.substring(PREFIX.length()).split(":", -1);
                if (parts.length == 2 && digits(parts[0]) && digits(parts[1])) {
                    return new HistoryBookmark(Long.parseLong(parts[0]), Long.parseLong(parts[1]));
                }
            }
        } catch (IllegalArgumentException notBase64OrTooLarge) {
            // Refused below, as the position-only format refuses it.
        }
        return new HistoryBookmark(POSITION_ONLY.decode(cursor), OptionalLong.empty());
    }

    private static boolean digits(String part) {
        return !part.isEmpty() && part.chars().allMatch(c -> c >= '0' && c <= '9');
    }
}
