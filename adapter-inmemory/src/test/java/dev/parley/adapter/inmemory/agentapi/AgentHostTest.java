package dev.parley.adapter.inmemory.agentapi;

import static dev.parley.adapter.inmemory.agentapi.Pair.DESK;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.ports.client.AgentHost;
import dev.parley.ports.client.ClientEvent;
import dev.parley.ports.client.IncomingMessage;
import dev.parley.ports.client.ParleyClient;
import dev.parley.ports.client.contract.RecordingListener;
import dev.parley.ports.model.AgentCard;
import dev.parley.ports.model.AgentName;
import dev.parley.ports.model.AgentSelection;
import dev.parley.ports.model.Content;
import dev.parley.ports.model.Message;
import dev.parley.ports.model.MessageType;
import dev.parley.ports.model.OutgoingMessage;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class AgentHostTest {
    private final Pair pair = Pair.onSynchronousNetwork();
    private final List<IncomingMessage> handled = new CopyOnWriteArrayList<>();

    @Test
    void theHandlerOfTheAddressedAgentGetsTheMessage() {
        AgentHost.newBuilder(pair.bob).agent(DESK, handled::add).buildAsync().join();

        Message sent = pair.alice.sendText(pair.bobUser.id(), DESK, "hello").join();

        assertThat(handled).singleElement().satisfies(incoming -> {
            assertThat(incoming.message()).isEqualTo(sent);
            assertThat(incoming.text()).contains("hello");
            assertThat(incoming.from()).isEqualTo(pair.aliceUser.id());
        });
    }

    @Test
    void aHandledMessageIsAcknowledgedSoItIsNotDeliveredAgain() {
        AgentHost host = AgentHost.newBuilder(pair.bob).agent(DESK, handled::add).buildAsync().join();
        pair.alice.sendText(pair.bobUser.id(), DESK, "once").join();
        host.close();

        RecordingListener later = new RecordingListener();
        pair.bob.connect(AgentSelection.all(), later).join();

        assertThat(handled).hasSize(1);
        assertThat(later.messages()).isEmpty();
    }

    @Test
    void messagesWaitingAtStartArriveInOrder() {
        pair.alice.sendText(pair.bobUser.id(), DESK, "first").join();
        pair.alice.sendText(pair.bobUser.id(), DESK, "second").join();

        AgentHost.newBuilder(pair.bob).agent(DESK, handled::add).buildAsync().join();

        assertThat(handled).extracting(incoming -> incoming.text().orElseThrow()).containsExactly("first", "second");
    }

    @Test
    void aHandlerThatThrowsIsReportedAndTheMessageStillCountsAsHandled() {
        List<Throwable> failures = new CopyOnWriteArrayList<>();
        AgentHost host = AgentHost.newBuilder(pair.bob)
                .agent(DESK, incoming -> {
                    throw new IllegalStateException("broken agent");
                })
                .onHandlerFailure((incoming, failure) -> failures.add(failure))
                .buildAsync().join();

        pair.alice.sendText(pair.bobUser.id(), DESK, "boom").join();
        host.close();
        RecordingListener later = new RecordingListener();
        pair.bob.connect(AgentSelection.all(), later).join();

        assertThat(failures).singleElement().extracting(Throwable::getMessage).isEqualTo("broken agent");
        assertThat(later.messages()).isEmpty();
    }

    @Test
    void messagesForTheUserAndEventsGoToTheListener() {
        RecordingListener listener = new RecordingListener();
        AgentHost.newBuilder(pair.bob).agent(DESK, handled::add).listener(listener).buildAsync().join();
        Message fromBobHimself = pair.bob.sendText(pair.aliceUser.id(), DESK, "hi").join();
        ParleyClient carol = pair.network.newUser("carol_" + fromBobHimself.id().value().substring(0, 8));

        Message toBobHimself = pair.alice.send(pair.bobUser.id(),
                OutgoingMessage.reply(MessageType.END, fromBobHimself.id(), Content.text("bye"))).join();
        carol.sendFriendRequest(pair.bobUser.username()).join();

        assertThat(handled).isEmpty();
        assertThat(listener.messages()).containsExactly(toBobHimself);
        assertThat(listener.eventsOf(ClientEvent.FriendRequestReceived.class)).singleElement()
                .extracting(request -> request.from().id()).isEqualTo(carol.me().join().id());
    }

    @Test
    void anAgentGivenByItsCardIsRegisteredWhenMissing() {
        AgentCard planner = AgentCard.of("planner", "plans", "assistant");

        AgentHost host = AgentHost.newBuilder(pair.bob).agent(DESK, handled::add).agent(planner, handled::add).buildAsync().join();

        assertThat(host.agents()).containsExactly(DESK, new AgentName("planner"));
        assertThat(pair.bob.myAgents().join()).extracting(listing -> listing.agent().card()).contains(planner);
    }

    @Test
    void theListenerHearsWhenTheLoginEnds() {
        RecordingListener listener = new RecordingListener();
        AgentHost host = AgentHost.newBuilder(pair.bob).agent(DESK, handled::add).listener(listener).buildAsync().join();

        pair.bob.logOut().join();

        assertThat(listener.eventsOf(ClientEvent.StreamClosed.class)).extracting(ClientEvent.StreamClosed::code)
                .containsExactly(4401);
        assertThat(host.isOpen()).isFalse();
    }
}
