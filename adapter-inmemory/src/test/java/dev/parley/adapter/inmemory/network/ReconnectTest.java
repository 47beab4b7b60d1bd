package dev.parley.adapter.inmemory.network;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.adapter.inmemory.InMemoryNetwork;
import dev.parley.ports.client.ClientEvent;
import dev.parley.ports.client.MessageStream;
import dev.parley.ports.client.contract.RecordingListener;
import dev.parley.ports.model.AgentSelection;
import dev.parley.ports.model.Message;
import org.junit.jupiter.api.Test;

class ReconnectTest {
    private final TwoFriends friends = new TwoFriends(InMemoryNetwork.create());

    @Test
    void connectingAgainClosesTheClientsPreviousStream() {
        MessageStream first = friends.connectBob();
        RecordingListener second = new RecordingListener();
        friends.bob.connect(AgentSelection.all(), second).join();

        Message message = friends.aliceSends("to the new stream");

        assertThat(first.isOpen()).isFalse();
        assertThat(friends.bobHears.messages()).isEmpty();
        assertThat(friends.bobHears.eventsOf(ClientEvent.StreamClosed.class))
                .extracting(ClientEvent.StreamClosed::code).containsExactly(1000);
        assertThat(second.messages()).containsExactly(message);
    }

    @Test
    void aClosedStreamRefusesAcknowledgements() {
        MessageStream stream = friends.connectBob();
        Message message = friends.aliceSends("hi");
        stream.close();

        assertThat(stream.acknowledge(message.seq())).isCompletedExceptionally();
        assertThat(stream.resume(message.seq())).isCompletedExceptionally();
    }
}
