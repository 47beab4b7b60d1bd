package dev.parley.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.ports.model.Message;
import dev.parley.ports.model.MessageType;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The negotiation example, unchanged, on an in-memory network instead of a server. */
class NegotiationTest {
    @Test
    void theNegotiationRunsItsCourseOnAnInMemoryNetwork() {
        URI network = URI.create("mem:negotiation-" + UUID.randomUUID());

        List<Message> transcript = Negotiation.run(network);

        assertThat(transcript).extracting(Message::type).containsExactly(MessageType.PROPOSAL, MessageType.ACCEPTANCE,
                MessageType.TASK, MessageType.WAIT, MessageType.INFORMATION, MessageType.THANKS, MessageType.END);
        assertThat(transcript).extracting(message -> message.senderUsername().value())
                .containsExactly("alice", "bob", "alice", "bob", "bob", "alice", "bob");
        assertThat(transcript).extracting(Message::conversationId).containsOnly(transcript.get(0).conversationId());
    }

    @Test
    void runningItAgainOnTheSameNetworkFindsTheAccountsAndAgentsInPlace() {
        URI network = URI.create("mem:negotiation-" + UUID.randomUUID());
        Negotiation.run(network);

        assertThat(Negotiation.run(network)).hasSize(7);
    }
}
