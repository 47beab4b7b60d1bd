package dev.parley.adapter.inmemory.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.adapter.inmemory.domain.DomainFixture.Connection;
import dev.parley.ports.model.MessageType;
import dev.parley.ports.model.User;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class ConcurrentDeliveryTest {
    private static final int SENDERS = 4;
    private static final int EACH = 100;

    private final DomainFixture fx = new DomainFixture();
    private final User bob = fx.signUp("bob");

    @Test
    void concurrentSendersReachALiveSessionInSeqOrderOneCallAtATime() throws Exception {
        fx.agent(bob, "helper");
        List<User> senders = new ArrayList<>();
        for (int i = 0; i < SENDERS; i++) {
            User sender = fx.signUp("sender" + i);
            fx.befriend(sender, bob);
            senders.add(sender);
        }
        Connection first = fx.connect(bob);
        Connection second = fx.connect(bob);

        sendConcurrently(senders);

        List<Long> expected = LongStream.rangeClosed(1, SENDERS * EACH).boxed().toList();
        for (Connection connection : List.of(first, second)) {
            assertThat(connection.sink().seqs()).containsExactlyElementsOf(expected);
            assertThat(connection.sink().mostConcurrentCalls).hasValue(1);
        }
    }

    /** Every send returns only after its wake-up was handled or handed to the running drainer, which finishes first. */
    private void sendConcurrently(List<User> senders) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(SENDERS);
        try {
            List<Future<?>> runs = new ArrayList<>();
            for (User sender : senders) {
                runs.add(pool.submit(() -> {
                    for (int n = 0; n < EACH; n++) {
                        fx.open(sender, bob, "helper", MessageType.INFORMATION);
                    }
                }));
            }
            for (Future<?> run : runs) {
                run.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
