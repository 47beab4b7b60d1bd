package dev.parley.adapter.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.ports.model.ErrorCode;
import dev.parley.ports.model.ParleyException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class HistoryCursorTest {
    @Test
    void aCursorStandsForThePositionItWasMadeFrom() {
        assertThat(HistoryCursor.decode(HistoryCursor.encode(9_000_000_000L))).isEqualTo(9_000_000_000L);
        assertThat(HistoryCursor.encode(42)).matches("[A-Za-z0-9_-]+");
    }

    @Test
    void theInMemoryStoresCursorIsRefusedNamingTheCursor() {
        String foreign = Base64.getUrlEncoder().withoutPadding().encodeToString("mem:3".getBytes(StandardCharsets.US_ASCII));

        assertThatThrownBy(() -> HistoryCursor.decode(foreign))
                .isInstanceOfSatisfying(ParleyException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.INVALID_REQUEST);
                    assertThat(e.detail()).startsWith("cursor");
                });
    }

    @Test
    void aNegativePositionIsRefused() {
        String negative = Base64.getUrlEncoder().withoutPadding().encodeToString("jdbc:-1".getBytes(StandardCharsets.US_ASCII));

        assertThatThrownBy(() -> HistoryCursor.decode(negative)).isInstanceOf(ParleyException.class);
    }
}
