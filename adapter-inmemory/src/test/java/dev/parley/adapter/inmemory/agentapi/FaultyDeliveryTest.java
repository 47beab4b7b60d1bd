package dev.parley.adapter.inmemory.agentapi;

import static dev.parley.adapter.inmemory.agentapi.Pair.DESK;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.ports.client.AgentHost;
import dev.parley.ports.client.IncomingMessage;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/** The host hands each message to its agent once, whatever the network does to the deliveries. */
class FaultyDeliveryTest {
    private final Pair pair = Pair.onSynchronousNetwork();
    private final List<String> handled = new CopyOnWriteArrayList<>();

    private AgentHost bobsDesk() {
        return AgentHost.newBuilder(pair.bob)
                .agent(DESK, (IncomingMessage incoming) -> handled.add(incoming.text().orElseThrow()))
                .reconnectBackoff(Duration.ofMillis(10), Duration.ofMillis(50))
                .buildAsync().join();
    }

    @Test
    void aDuplicatedDeliveryReachesTheAgentOnce() {
        bobsDesk();
        pair.network.faults(pair.bobUser.username()).duplicateNext(1);

        pair.alice.sendText(pair.bobUser.id(), DESK, "once").join();
        pair.alice.sendText(pair.bobUser.id(), DESK, "twice?").join();

        assertThat(handled).containsExactly("once", "twice?");
    }

    @Test
    void aDroppedDeliveryArrivesOnceTheConnectionIsBack() {
        AgentHost host = bobsDesk();
        pair.network.faults(pair.bobUser.username()).dropNext(1);
        pair.alice.sendText(pair.bobUser.id(), DESK, "lost on the way").join();
        assertThat(handled).isEmpty();

        pair.network.takeOffline(pair.bobUser.username());
        pair.network.bringOnline(pair.bobUser.username());

        Awaitility.await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(handled).containsExactly("lost on the way"));
        assertThat(host.isOpen()).isTrue();
    }

    @Test
    void whatWasSentWhileOfflineArrivesWhenTheHostIsBack() {
        bobsDesk();
        pair.network.takeOffline(pair.bobUser.username());
        pair.alice.sendText(pair.bobUser.id(), DESK, "while away").join();

        pair.network.bringOnline(pair.bobUser.username());

        Awaitility.await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(handled).containsExactly("while away"));
    }
}
