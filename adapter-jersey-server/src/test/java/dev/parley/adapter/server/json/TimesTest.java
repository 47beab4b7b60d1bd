package dev.parley.adapter.server.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class TimesTest {
    @Test
    void timesAlwaysHaveExactlyThreeFractionalDigits() {
        assertThat(Times.format(Instant.parse("2026-11-25T20:10:42.120Z"))).isEqualTo("2026-11-25T20:10:42.120Z");
        assertThat(Times.format(Instant.parse("2026-11-25T20:10:42Z"))).isEqualTo("2026-11-25T20:10:42.000Z");
        assertThat(Times.format(Instant.parse("2026-11-25T20:10:42.123456789Z"))).isEqualTo("2026-11-25T20:10:42.123Z");
    }
}
