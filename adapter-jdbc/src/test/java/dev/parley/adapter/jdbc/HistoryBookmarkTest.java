package dev.parley.adapter.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.ports.model.ErrorCode;
import dev.parley.ports.model.ParleyException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class HistoryBookmarkTest {

    @Test
    void aCursorStandsForThePositionAndSeqItWasMadeFrom() {
        HistoryBookmark bookmark = new HistoryBookmark(9_000_000_000L, 41);

        assertThat(HistoryBookmark.decode(bookmark.encode())).isEqualTo(bookmark);
        assertThat(text(bookmark.encode())).isEqualTo("jdbc2:9000000000:41");
        assertThat(bookmark.encode()).matches("[A-Za-z0-9_-]+");
    }

    @Test
    void aCursorOfThePositionAloneReadsWithoutASeq() {
        assertThat(HistoryBookmark.decode(cursor("jdbc:17"))).isEqualTo(new HistoryBookmark(17, OptionalLong.empty()));
    }

    @Test
    void anythingElseIsRefusedNamingTheCursor() {
        for (String text : new String[] {"jdbc2:5", "jdbc2:5:", "jdbc2::5", "jdbc2:5:-1", "jdbc2:-5:1", "jdbc2:+5:1",
                "jdbc2:5:1:2", "jdbc2:a:b", "jdbc2:99999999999999999999:1", "jdbc:-1", "jdbc:", "mem:3"}) {
            assertThatThrownBy(() -> HistoryBookmark.decode(cursor(text)))
                    .as(text)
                    .isInstanceOfSatisfying(ParleyException.class, e -> {
                        assertThat(e.code()).isEqualTo(ErrorCode.INVALID_REQUEST);
                        assertThat(e.detail()).startsWith("cursor");
                    });
        }
        assertThatThrownBy(() -> HistoryBookmark.decode("not a cursor!")).isInstanceOf(ParleyException.class);
    }

    private static String cursor(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.US_ASCII));
    }

    private static String text(String cursor) {
        return new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.US_ASCII);
    }
}
