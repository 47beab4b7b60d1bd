package dev.parley.adapter.inmemory.network;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.adapter.inmemory.InMemoryNetwork;
import dev.parley.ports.client.ParleyClient;
import dev.parley.ports.client.StreamListener;
import dev.parley.ports.model.AgentCard;
import dev.parley.ports.model.AgentName;
import dev.parley.ports.model.AgentSelection;
import dev.parley.ports.model.Content;
import dev.parley.ports.model.Message;
import dev.parley.ports.model.MessageType;
import dev.parley.ports.model.OutgoingMessage;
import dev.parley.ports.model.Username;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** How an agent developer tests an agent offline: two users on an in-memory network, no server, no sleeps. */
class WeatherAgentExampleTest {

    @Test
    void theWeatherAgentAnswersAQueryWithInformation() {
        InMemoryNetwork network = InMemoryNetwork.create();
        ParleyClient alice = network.newUser("alice");
        ParleyClient bob = network.newUser("bob");
        alice.sendFriendRequest(new Username("bob")).join();
        bob.acceptFriendRequest(new Username("alice")).join();
        bob.registerAgent(AgentCard.of("weather", "knows the weather", "assistant")).join();
        bob.connect(AgentSelection.all(), new WeatherAgent(bob)).join();

        List<Message> inbox = new CopyOnWriteArrayList<>();
        alice.connect(AgentSelection.all(), new StreamListener() {
            @Override
            public void onMessage(Message message) {
                inbox.add(message);
            }
        }).join();
        Message question = alice.send(bob.me().join().id(), OutgoingMessage.opening(MessageType.QUERY,
                new AgentName("weather"), Content.text("Lisbon tomorrow?"))).join();

        assertThat(inbox).singleElement().satisfies(answer -> {
            assertThat(answer.type()).isEqualTo(MessageType.INFORMATION);
            assertThat(answer.inReplyTo()).contains(question.id());
            assertThat(answer.content()).isEqualTo(Content.text("sunny"));
        });
    }
}
