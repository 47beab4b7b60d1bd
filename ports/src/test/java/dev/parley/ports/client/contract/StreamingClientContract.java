package dev.parley.ports.client.contract;

import static dev.parley.ports.client.contract.Futures.done;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.ports.client.ClientEvent;
import dev.parley.ports.client.MessageStream;
import dev.parley.ports.model.AgentName;
import dev.parley.ports.model.AgentSelection;
import dev.parley.ports.model.Content;
import dev.parley.ports.model.ErrorCode;
import dev.parley.ports.model.HistoryQuery;
import dev.parley.ports.model.Message;
import dev.parley.ports.model.MessageType;
import dev.parley.ports.model.OutgoingMessage;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Live delivery, acknowledgement and redelivery through any {@link dev.parley.ports.client.ParleyClient}. */
public abstract class StreamingClientContract extends ParleyClientContract {
    private Member alice;
    private Member bob;
    private final RecordingListener bobHears = new RecordingListener();

    @BeforeEach
    void twoFriendsWithAgents() {
        alice = member("alice");
        bob = member("bob");
        befriend(alice, bob);
        agent(bob, "helper");
        agent(bob, "booker");
    }

    @Test
    void pendingMessagesArriveOnConnectInSeqOrderThenNewOnes() {
        Message first = send("helper", "one");
        Message second = send("booker", "two");

        done(bob.client().connect(AgentSelection.all(), bobHears));
        eventually(() -> assertThat(bobHears.messages()).containsExactly(first, second));

        Message third = send("helper", "three");
        eventually(() -> assertThat(bobHears.messages()).containsExactly(first, second, third));
    }

    @Test
    void acknowledgedMessagesAreNotDeliveredAgainButTheRestAre() {
        Message first = send("helper", "one");
        Message second = send("helper", "two");
        MessageStream stream = done(bob.client().connect(AgentSelection.all(), bobHears));
        eventually(() -> assertThat(bobHears.messages()).hasSize(2));

        done(stream.acknowledge(first.seq()));
        stream.close();
        RecordingListener again = new RecordingListener();
        done(bob.client().connect(AgentSelection.all(), again));

        eventually(() -> assertThat(again.messages()).containsExactly(second));
    }

    @Test
    void resumeDeliversAgainWhatIsNotAcknowledged() {
        Message first = send("helper", "one");
        Message second = send("helper", "two");
        MessageStream stream = done(bob.client().connect(AgentSelection.all(), bobHears));
        eventually(() -> assertThat(bobHears.messages()).hasSize(2));
        done(stream.acknowledge(first.seq()));

        done(stream.resume(first.seq()));

        eventually(() -> assertThat(bobHears.messages()).containsExactly(first, second, second));
    }

    @Test
    void aStreamServesOnlyItsSelectedAgentsAndMessagesToTheUser() {
        done(bob.client().connect(AgentSelection.only(Set.of(new AgentName("helper"))), bobHears));

        Message toHelper = send("helper", "for helper");
        send("booker", "for booker");

        eventually(() -> assertThat(bobHears.messages()).containsExactly(toHelper));
        assertRefused(alice.client().connect(AgentSelection.only(Set.of(new AgentName("helper"))), new RecordingListener()),
                ErrorCode.AGENT_NOT_FOUND);
    }

    @Test
    void friendRequestsAndAcceptancesArriveAsEvents() {
        Member carol = member("carol");
        RecordingListener aliceHears = new RecordingListener();
        RecordingListener carolHears = new RecordingListener();
        done(alice.client().connect(AgentSelection.all(), aliceHears));
        done(carol.client().connect(AgentSelection.all(), carolHears));

        done(alice.client().sendFriendRequest(carol.name()));
        eventually(() -> assertThat(carolHears.events()).contains(new ClientEvent.FriendRequestReceived(alice.user())));
        done(carol.client().acceptFriendRequest(alice.name()));

        eventually(() -> assertThat(aliceHears.events()).contains(new ClientEvent.FriendAccepted(carol.user())));
    }

    @Test
    void friendsSeeEachOtherComeOnlineAndGoOffline() {
        RecordingListener aliceHears = new RecordingListener();
        done(alice.client().connect(AgentSelection.all(), aliceHears));

        MessageStream stream = done(bob.client().connect(AgentSelection.all(), bobHears));
        eventually(() -> assertThat(aliceHears.events()).contains(new ClientEvent.PresenceChanged(bob.id(), true)));
        stream.close();

        eventually(() -> assertThat(aliceHears.events()).contains(new ClientEvent.PresenceChanged(bob.id(), false)));
    }

    @Test
    void loggingOutClosesTheStreamWithCode4401() {
        MessageStream stream = done(bob.client().connect(AgentSelection.all(), bobHears));

        done(bob.client().logOut());

        eventually(() -> assertThat(bobHears.eventsOf(ClientEvent.StreamClosed.class))
                .extracting(ClientEvent.StreamClosed::code).containsExactly(4401));
        eventually(() -> assertThat(stream.isOpen()).isFalse());
    }

    @Test
    void aClosedStreamGetsNoMoreMessages() {
        MessageStream stream = done(bob.client().connect(AgentSelection.all(), bobHears));
        stream.close();

        send("helper", "too late");

        assertThat(stream.isOpen()).isFalse();
        assertThat(bobHears.messages()).isEmpty();
        assertThat(done(bob.client().history(HistoryQuery.everything())).messages()).hasSize(1);
    }

    @Test
    void closingTheClientClosesItsStream() {
        MessageStream stream = done(bob.client().connect(AgentSelection.all(), bobHears));

        bob.client().close();

        eventually(() -> assertThat(stream.isOpen()).isFalse());
    }

    private Message send(String agent, String text) {
        return done(alice.client().send(bob.id(), OutgoingMessage.opening(MessageType.INFORMATION, new AgentName(agent), Content.text(text))));
    }
}
