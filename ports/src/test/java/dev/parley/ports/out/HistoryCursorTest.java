package dev.parley.ports.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.ports.model.ErrorCode;
import dev.parley.ports.model.ParleyException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class HistoryCursorTest {
    private static final HistoryCursor CURSOR = new HistoryCursor("jdbc:");

    @Test
    void aCursorStandsForThePositionItWasMadeFrom() {
        assertThat(CURSOR.decode(CURSOR.encode(9_000_000_000L))).isEqualTo(9_000_000_000L);
        assertThat(CURSOR.encode(42)).matches("[A-Za-z0-9_-]+");
    }

    @Test
    void aCursorOfAnotherKindOfStoreIsRefusedNamingTheCursor() {
        String foreign = Base64.getUrlEncoder().withoutPadding().encodeToString("mem:3".getBytes(StandardCharsets.US_ASCII));

        assertThatThrownBy(() -> CURSOR.decode(foreign))
                .isInstanceOfSatisfying(ParleyException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.INVALID_REQUEST);
                    assertThat(e.detail()).startsWith("cursor");
                });
    }

    @Test
    void aNegativePositionIsRefused() {
        String negative = Base64.getUrlEncoder().withoutPadding().encodeToString("jdbc:-1".getBytes(StandardCharsets.US_ASCII));

        assertThatThrownBy(() -> CURSOR.decode(negative)).isInstanceOf(ParleyException.class);
    }
}
