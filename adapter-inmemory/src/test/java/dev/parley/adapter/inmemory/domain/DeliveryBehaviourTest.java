package dev.parley.adapter.inmemory.domain;

import static dev.parley.adapter.inmemory.domain.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.adapter.inmemory.domain.DomainFixture.Connection;
import dev.parley.ports.model.AgentName;
import dev.parley.ports.model.Content;
import dev.parley.ports.model.ErrorCode;
import dev.parley.ports.model.Message;
import dev.parley.ports.model.MessageType;
import dev.parley.ports.model.OutgoingMessage;
import dev.parley.ports.model.Seq;
import dev.parley.ports.model.ServerEvent;
import dev.parley.ports.model.User;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class DeliveryBehaviourTest {
    private final DomainFixture fx = new DomainFixture();
    private final User alice = fx.signUp("alice");
    private final User bob = fx.signUp("bob");

    DeliveryBehaviourTest() {
        fx.befriend(alice, bob);
        fx.agent(bob, "helper");
        fx.agent(bob, "scribe");
    }

    private Message toBob(String agent) {
        return fx.open(alice, bob, agent, MessageType.INFORMATION);
    }

    private List<Message> toBob(int count) {
        return IntStream.range(0, count).mapToObj(n -> toBob("helper")).toList();
    }

    @Test
    void messagesSentWhileOfflineArriveOldestFirstWhenASessionOpens() {
        List<Message> sent = toBob(300);
        Connection bobOnline = fx.connect(bob);
        assertThat(bobOnline.sink().delivered).containsExactlyElementsOf(sent);
    }

    @Test
    void aNewMessageIsPushedToTheOpenSession() {
        Connection bobOnline = fx.connect(bob);
        Message message = toBob("helper");
        assertThat(bobOnline.sink().delivered).containsExactly(message);
    }

    @Test
    void anUnacknowledgedMessageIsDeliveredAgainToTheNextSession() {
        Connection first = fx.connect(bob);
        Message message = toBob("helper");
        first.session().close();

        assertThat(fx.connect(bob).sink().delivered).containsExactly(message);
    }

    @Test
    void anAcknowledgedMessageIsNotDeliveredAgain() {
        Connection first = fx.connect(bob);
        List<Message> sent = toBob(3);
        first.session().acknowledge(sent.get(1).seq());
        first.session().close();

        assertThat(fx.connect(bob).sink().delivered).containsExactly(sent.get(2));
    }

    @Test
    void resumingHandsAgainWhatIsPendingAfterTheGivenSeq() {
        Connection bobOnline = fx.connect(bob);
        List<Message> sent = toBob(3);
        bobOnline.session().acknowledge(sent.get(0).seq());
        bobOnline.session().resume(Seq.ZERO);

        assertThat(bobOnline.sink().delivered).containsExactly(sent.get(0), sent.get(1), sent.get(2), sent.get(1), sent.get(2));
    }

    @Test
    void aSessionServingSomeAgentsGetsTheirMessagesAndThoseForTheUser() {
        fx.agent(alice, "planner");
        Connection helperOnly = fx.connect(bob, DomainFixture.only("helper"));
        Message forHelper = toBob("helper");
        toBob("scribe");
        Message query = fx.open(bob, alice, "planner", MessageType.QUERY);
        Message forUser = fx.send(alice, bob, OutgoingMessage.reply(MessageType.INFORMATION, query.id(), Content.text("x")));

        assertThat(forUser.recipientAgent()).isEmpty();
        assertThat(helperOnly.sink().delivered).containsExactly(forHelper, forUser);
    }

    @Test
    void aSelectionNamingSomeoneElsesAgentIsAgentNotFound() {
        fx.agent(alice, "planner");
        assertRefused(() -> fx.connect(bob, DomainFixture.only("helper", "planner")), ErrorCode.AGENT_NOT_FOUND, "planner");
    }

    @Test
    void friendsHearOfTheFirstOpeningAndTheLastClosingOnly() {
        Connection aliceOnline = fx.connect(alice);
        Connection first = fx.connect(bob);
        Connection second = fx.connect(bob);
        first.session().close();
        first.session().close();
        assertThat(fx.parley.listFriends().listFriends(alice.id()).get(0).online()).isTrue();
        second.session().close();

        assertThat(aliceOnline.sink().events).containsExactly(
                new ServerEvent.PresenceChanged(bob.id(), true),
                new ServerEvent.PresenceChanged(bob.id(), false));
        assertThat(fx.parley.listFriends().listFriends(alice.id()).get(0).online()).isFalse();
    }

    @Test
    void aClosedSessionGetsNothingMore() {
        Connection bobOnline = fx.connect(bob);
        bobOnline.session().close();
        toBob("helper");
        assertThat(bobOnline.sink().delivered).isEmpty();
    }

    @Test
    void aFailingSinkClosesItsOwnSessionOnly() {
        RecordingSink broken = new RecordingSink() {
            @Override
            public void deliver(Message message) {
                throw new IllegalStateException("connection broke");
            }
        };
        fx.parley.openDeliverySession().openDeliverySession(fx.logIn(bob), DomainFixture.only("helper"), broken);
        Connection healthy = fx.connect(bob);

        Message first = toBob("helper");
        Message second = toBob("helper");

        assertThat(healthy.sink().delivered).containsExactly(first, second);
        assertThat(fx.parley.listOwnAgents().listOwnAgents(bob.id()))
                .filteredOn(listing -> listing.agent().name().equals(new AgentName("helper")))
                .singleElement().satisfies(listing -> assertThat(listing.online()).isTrue());
        healthy.session().close();
        assertThat(fx.parley.listFriends().listFriends(alice.id()).get(0).online()).isFalse();
    }
}
