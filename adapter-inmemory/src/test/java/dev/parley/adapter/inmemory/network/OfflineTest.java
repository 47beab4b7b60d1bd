package dev.parley.adapter.inmemory.network;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.adapter.inmemory.InMemoryNetwork;
import dev.parley.ports.client.ClientEvent;
import dev.parley.ports.client.MessageStream;
import dev.parley.ports.client.ParleyTransportException;
import dev.parley.ports.client.contract.RecordingListener;
import dev.parley.ports.model.AgentSelection;
import dev.parley.ports.model.Message;
import java.net.ConnectException;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;

class OfflineTest {
    private final TwoFriends friends = new TwoFriends(InMemoryNetwork.create());

    @Test
    void takingAUserOfflineClosesTheirStreamAsALostConnection() {
        MessageStream stream = friends.connectBob();

        friends.network.takeOffline(friends.bobName);

        assertThat(stream.isOpen()).isFalse();
        assertThat(friends.bobHears.eventsOf(ClientEvent.StreamClosed.class))
                .extracting(ClientEvent.StreamClosed::code).containsExactly(1006);
    }

    @Test
    void anOfflineUserCannotConnectUntilBroughtBackOnline() {
        friends.network.takeOffline(friends.bobName);

        assertThat(friends.bob.connect(AgentSelection.all(), new RecordingListener()))
                .failsWithin(Duration.ZERO)
                .withThrowableOfType(ExecutionException.class)
                .withCauseInstanceOf(ParleyTransportException.class)
                .havingCause().withCauseInstanceOf(ConnectException.class);

        friends.network.bringOnline(friends.bobName);
        assertThat(friends.connectBob().isOpen()).isTrue();
    }

    @Test
    void messagesSentWhileOfflineArriveOnReconnect() {
        friends.connectBob();
        friends.network.takeOffline(friends.bobName);
        Message first = friends.aliceSends("are you there?");
        Message second = friends.aliceSends("hello?");

        friends.network.bringOnline(friends.bobName);
        RecordingListener back = new RecordingListener();
        friends.bob.connect(AgentSelection.all(), back).join();

        assertThat(back.messages()).containsExactly(first, second);
    }

    @Test
    void friendsSeeAnOfflineUserGoAndComeBack() {
        RecordingListener aliceHears = new RecordingListener();
        friends.alice.connect(AgentSelection.all(), aliceHears).join();
        friends.connectBob();

        friends.network.takeOffline(friends.bobName);
        friends.network.bringOnline(friends.bobName);
        friends.bob.connect(AgentSelection.all(), new RecordingListener()).join();

        assertThat(aliceHears.eventsOf(ClientEvent.PresenceChanged.class)).extracting(ClientEvent.PresenceChanged::online)
                .containsExactly(true, false, true);
    }

    @Test
    void anOfflineUserCanStillBeMessagedAndUseTheRestOfTheApi() {
        friends.network.takeOffline(friends.bobName);

        assertThat(friends.aliceSends("queued").seq().value()).isEqualTo(1);
        assertThat(friends.bob.friends().join()).hasSize(1);
    }
}
