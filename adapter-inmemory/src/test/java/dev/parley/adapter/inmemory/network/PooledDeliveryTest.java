package dev.parley.adapter.inmemory.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.parley.adapter.inmemory.InMemoryNetwork;
import dev.parley.ports.client.ClientEvent;
import dev.parley.ports.client.StreamListener;
import dev.parley.ports.model.AgentSelection;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PooledDeliveryTest {
    private final ExecutorService pool = Executors.newFixedThreadPool(4);
    private final TwoFriends friends = new TwoFriends(InMemoryNetwork.builder().deliveryExecutor(pool).build());

    @AfterEach
    void stopPool() {
        pool.shutdownNow();
    }

    @Test
    void onAThreadPoolAListenerStillHearsOneEventAtATimeInSeqOrder() {
        List<Long> seqs = new CopyOnWriteArrayList<>();
        AtomicBoolean inside = new AtomicBoolean();
        AtomicInteger overlaps = new AtomicInteger();
        friends.bob.connect(AgentSelection.all(), new StreamListener() {
            @Override
            public void onEvent(ClientEvent event) {
                if (!inside.compareAndSet(false, true)) {
                    overlaps.incrementAndGet();
                }
                if (event instanceof ClientEvent.MessageReceived received) {
                    seqs.add(received.message().seq().value());
                }
                inside.set(false);
            }
        }).join();

        IntStream.range(0, 4).parallel().forEach(sender -> IntStream.range(0, 25).forEach(i -> friends.aliceSends(sender + "/" + i)));

        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(10)).until(() -> seqs.size() == 100);
        assertThat(seqs).containsExactlyElementsOf(LongStream.rangeClosed(1, 100).boxed().toList());
        assertThat(overlaps).hasValue(0);
    }
}
