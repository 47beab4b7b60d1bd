package dev.parley.adapter.server.ws;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PulseTest {
    @Test
    void aNewSessionCountsAsHeardForTheFirstInterval() {
        Pulse pulse = new Pulse();

        assertThat(pulse.quietFor(1)).isFalse();
        assertThat(pulse.quietFor(1)).isTrue();
    }

    @Test
    void isQuietOnlyAfterTheGivenIntervalsInARowWithoutAFrame() {
        Pulse pulse = new Pulse();
        pulse.quietFor(3);

        assertThat(pulse.quietFor(3)).isFalse();
        assertThat(pulse.quietFor(3)).isFalse();
        assertThat(pulse.quietFor(3)).isTrue();
    }

    @Test
    void aFrameStartsTheCountAgain() {
        Pulse pulse = new Pulse();
        pulse.quietFor(2);
        pulse.quietFor(2);

        pulse.heard();

        assertThat(pulse.quietFor(2)).isFalse();
        assertThat(pulse.quietFor(2)).isFalse();
        assertThat(pulse.quietFor(2)).isTrue();
    }
}
