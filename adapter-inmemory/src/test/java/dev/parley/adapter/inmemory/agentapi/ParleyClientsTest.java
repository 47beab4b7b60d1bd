package dev.parley.adapter.inmemory.agentapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.adapter.inmemory.InMemoryNetwork;
import dev.parley.ports.client.AgentHost;
import dev.parley.ports.client.IncomingMessage;
import dev.parley.ports.client.ParleyClient;
import dev.parley.ports.client.ParleyClients;
import dev.parley.ports.model.AgentCard;
import dev.parley.ports.model.AgentName;
import dev.parley.ports.model.Password;
import dev.parley.ports.model.Username;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** Choosing the environment is the URI alone: the same agent code runs wherever it points. */
class ParleyClientsTest {
    @Test
    void aMemUriReachesTheNamedNetworkAndAnAgentWorksThere() {
        String network = "agents-" + UUID.randomUUID();
        ParleyClient bob = signedUp(network, "bob");
        ParleyClient alice = signedUp(network, "alice");
        alice.sendFriendRequest(new Username("bob")).join();
        bob.acceptFriendRequest(new Username("alice")).join();
        List<IncomingMessage> heard = new CopyOnWriteArrayList<>();
        AgentHost.newBuilder(bob).agent(AgentCard.of("echo", "echoes", "tool"), heard::add).buildAsync().join();

        alice.sendText(bob.me().join().id(), new AgentName("echo"), "ping").join();

        assertThat(heard).singleElement().extracting(incoming -> incoming.text().orElseThrow()).isEqualTo("ping");
        assertThat(InMemoryNetwork.named(network).newClient().logIn("bob", "bob-password")).isCompleted();
    }

    @Test
    void aSchemeNoTransportServesIsRefusedByName() {
        assertThatThrownBy(() -> ParleyClients.create("carrier-pigeon://coop"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("carrier-pigeon");
    }

    private static ParleyClient signedUp(String network, String name) {
        ParleyClient client = ParleyClients.create("mem:" + network);
        client.signUp(new Username(name), new Password(name + "-password")).join();
        client.logIn(name, name + "-password").join();
        return client;
    }
}
