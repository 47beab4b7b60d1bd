package dev.parley.adapter.tyrus;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class KeepaliveTest {
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    private final AtomicInteger pings = new AtomicInteger();
    private final AtomicInteger silences = new AtomicInteger();

    @AfterEach
    void stop() {
        timer.shutdownNow();
    }

    @Test
    void aConnectionThatAnswersIsPingedAndNeverCalledSilent() {
        Keepalive[] answering = new Keepalive[1];
        answering[0] = new Keepalive(timer, Duration.ofMillis(100), () -> {
            pings.incrementAndGet();
            answering[0].heard();
        }, silences::incrementAndGet);

        answering[0].start();

        Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> pings.get() >= 5);
        assertThat(silences).hasValue(0);
    }

    @Test
    void aConnectionThatHearsNothingForTwoIntervalsIsCalledSilent() {
        Keepalive deaf = new Keepalive(timer, Duration.ofMillis(20), pings::incrementAndGet, silences::incrementAndGet);

        deaf.start();

        Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> silences.get() >= 1);
        deaf.stop();
        assertThat(pings.get()).isGreaterThanOrEqualTo(1);
    }
}
