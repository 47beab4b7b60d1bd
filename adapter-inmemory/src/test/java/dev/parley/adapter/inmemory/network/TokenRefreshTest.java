package dev.parley.adapter.inmemory.network;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.adapter.inmemory.InMemoryNetwork;
import dev.parley.ports.client.ParleyClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class TokenRefreshTest {
    private final SteppedClock clock = new SteppedClock();
    private final InMemoryNetwork network = InMemoryNetwork.builder().clock(clock).build();

    @Test
    void aClientKeepsWorkingAfterItsAccessTokenExpires() {
        ParleyClient alice = network.newUser("alice");

        clock.advance(Duration.ofHours(2));

        assertThat(alice.me().join().username().value()).isEqualTo("alice");
    }

    /** A clock the test moves by hand. */
    private static final class SteppedClock extends Clock {
        private volatile Instant now = Instant.parse("2026-05-01T08:00:00Z");

        void advance(Duration step) {
            now = now.plus(step);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
