package dev.parley.adapter.tyrus;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.ports.client.AgentHost;
import dev.parley.ports.client.ClientEvent;
import dev.parley.ports.client.MessageStream;
import dev.parley.ports.client.ParleyClient;
import dev.parley.ports.client.contract.RecordingListener;
import dev.parley.ports.model.AgentCard;
import dev.parley.ports.model.AgentName;
import dev.parley.ports.model.AgentSelection;
import dev.parley.ports.model.Password;
import dev.parley.ports.model.User;
import dev.parley.ports.model.Username;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The stream outlives its connection: a server restart on the same port loses nothing and repeats nothing. */
class ReconnectTest {
    private static final AgentName DESK = new AgentName("desk");

    private final RestartableServer server = new RestartableServer();
    private final List<ParleyClient> clients = new CopyOnWriteArrayList<>();
    private final ParleyClient alice = member("alice");
    private final ParleyClient bob = member("bob");
    private final User bobUser = bob.me().join();

    ReconnectTest() {
        alice.sendFriendRequest(bobUser.username()).join();
        bob.acceptFriendRequest(alice.me().join().username()).join();
        bob.registerAgent(AgentCard.of("desk", "bob's desk", "assistant")).join();
    }

    @AfterEach
    void stop() {
        clients.forEach(ParleyClient::close);
        server.close();
    }

    @Test
    void anAgentGetsEveryMessageOnceAcrossAServerRestart() {
        List<String> handled = new CopyOnWriteArrayList<>();
        AgentHost.newBuilder(bob).agent(DESK, incoming -> handled.add(incoming.text().orElseThrow())).buildAsync().join();
        alice.sendText(bobUser.id(), DESK, "before").join();
        eventually(() -> assertThat(handled).containsExactly("before"));

        server.restart();
        alice.sendText(bobUser.id(), DESK, "after").join();

        eventually(() -> assertThat(handled).containsExactly("before", "after"));
    }

    @Test
    void whatWasNotAcknowledgedIsResumedButNotHandedToTheListenerTwice() {
        RecordingListener heard = new RecordingListener();
        MessageStream stream = bob.connect(AgentSelection.all(), heard).join();
        alice.sendText(bobUser.id(), DESK, "acknowledged").join();
        alice.sendText(bobUser.id(), DESK, "left pending").join();
        eventually(() -> assertThat(heard.messages()).hasSize(2));
        stream.acknowledge(heard.messages().get(0).seq()).join();

        server.restart();
        alice.sendText(bobUser.id(), DESK, "after the restart").join();

        eventually(() -> assertThat(heard.messages()).extracting(message -> message.content().json())
                .containsExactly("{\"text\":\"acknowledged\"}", "{\"text\":\"left pending\"}", "{\"text\":\"after the restart\"}"));
        assertThat(stream.isOpen()).isTrue();
        assertThat(heard.eventsOf(ClientEvent.StreamClosed.class)).isEmpty();
    }

    @Test
    void theSecondMessageComesAgainOnANewStreamAsItWasNeverAcknowledged() {
        RecordingListener heard = new RecordingListener();
        MessageStream stream = bob.connect(AgentSelection.all(), heard).join();
        alice.sendText(bobUser.id(), DESK, "pending").join();
        eventually(() -> assertThat(heard.messages()).hasSize(1));
        server.restart();
        stream.close();

        RecordingListener again = new RecordingListener();
        bob.connect(AgentSelection.all(), again).join();

        eventually(() -> assertThat(again.messages()).extracting(message -> message.content().json())
                .containsExactly("{\"text\":\"pending\"}"));
    }

    private ParleyClient member(String prefix) {
        String name = prefix + "_" + UUID.randomUUID().toString().substring(0, 8);
        ParleyClient client = TyrusParleyClient.create(server.uri(), LiveServer.testSettings());
        clients.add(client);
        client.signUp(new Username(name), new Password("password-" + name)).join();
        client.logIn(name, "password-" + name).join();
        return client;
    }

    private static void eventually(org.awaitility.core.ThrowingRunnable assertion) {
        Awaitility.await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(20)).untilAsserted(assertion);
    }
}
