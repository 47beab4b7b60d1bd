package dev.parley.adapter.server.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class TimesTest {
    private static final DateTimeFormatter REFERENCE =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    @Test
    void timesAlwaysHaveExactlyThreeFractionalDigits() {
        assertThat(Times.format(Instant.parse("2026-11-25T20:10:42.120Z"))).isEqualTo("2026-11-25T20:10:42.120Z");
        assertThat(Times.format(Instant.parse("2026-11-25T20:10:42Z"))).isEqualTo("2026-11-25T20:10:42.000Z");
        assertThat(Times.format(Instant.parse("2026-11-25T20:10:42.123456789Z"))).isEqualTo("2026-11-25T20:10:42.123Z");
        assertThat(Times.format(Instant.parse("2026-11-25T20:10:42.007Z"))).isEqualTo("2026-11-25T20:10:42.007Z");
    }

    @Test
    void edgesOfDaysMonthsAndYearsArePrintedExactly() {
        assertThat(Times.format(Instant.EPOCH)).isEqualTo("1970-01-01T00:00:00.000Z");
        assertThat(Times.format(Instant.parse("1969-12-31T23:59:59.999Z"))).isEqualTo("1969-12-31T23:59:59.999Z");
        assertThat(Times.format(Instant.parse("2024-02-29T23:59:59.999Z"))).isEqualTo("2024-02-29T23:59:59.999Z");
        assertThat(Times.format(Instant.parse("2000-12-31T00:00:00Z"))).isEqualTo("2000-12-31T00:00:00.000Z");
    }

    @Test
    void smallAndLargeYearsKeepFourDigitsAndYearsBeyondPrintAsBefore() {
        assertThat(Times.format(Instant.parse("0001-01-01T00:00:00Z"))).isEqualTo("0001-01-01T00:00:00.000Z");
        assertThat(Times.format(Instant.parse("0999-06-15T08:05:03.040Z"))).isEqualTo("0999-06-15T08:05:03.040Z");
        assertThat(Times.format(Instant.parse("9999-12-31T23:59:59.999Z"))).isEqualTo("9999-12-31T23:59:59.999Z");
        Instant beyond = Instant.parse("+10000-01-01T00:00:00Z");
        Instant before = Instant.parse("-0001-12-31T23:59:59.500Z");
        assertThat(Times.format(beyond)).isEqualTo(REFERENCE.format(beyond));
        assertThat(Times.format(before)).isEqualTo(REFERENCE.format(before));
    }

    @Test
    void agreesWithTheFormatterOnManyInstants() {
        SplittableRandom random = new SplittableRandom(17);
        long max = Instant.parse("9999-12-31T23:59:59Z").getEpochSecond();
        long min = Instant.parse("0000-01-01T00:00:00Z").getEpochSecond();
        for (int i = 0; i < 100_000; i++) {
            Instant instant = Instant.ofEpochSecond(random.nextLong(min, max), random.nextInt(1_000_000_000));
            assertThat(Times.format(instant)).isEqualTo(REFERENCE.format(instant));
        }
    }
}
