package dev.parley.adapter.inmemory.domain;

import static dev.parley.adapter.inmemory.domain.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.ports.model.AgentName;
import dev.parley.ports.model.Content;
import dev.parley.ports.model.ErrorCode;
import dev.parley.ports.model.HistoryQuery;
import dev.parley.ports.model.IdempotencyKey;
import dev.parley.ports.model.Message;
import dev.parley.ports.model.MessageId;
import dev.parley.ports.model.MessageType;
import dev.parley.ports.model.OutgoingMessage;
import dev.parley.ports.model.Seq;
import dev.parley.ports.model.User;
import dev.parley.ports.model.UserId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Every refusal of sendMessage, and the order in which the checks run. */
class MessageRefusalTest {
    private final DomainFixture fx = new DomainFixture();
    private final User alice = fx.signUp("alice");
    private final User bob = fx.signUp("bob");
    private final User carol = fx.signUp("carol");

    MessageRefusalTest() {
        fx.befriend(alice, bob);
        fx.befriend(alice, carol);
        fx.agent(alice, "planner");
        fx.agent(bob, "helper");
        fx.agent(carol, "helper");
    }

    private static OutgoingMessage opening(String agent) {
        return OutgoingMessage.opening(MessageType.QUERY, new AgentName(agent), Content.text("when?"));
    }

    @Test
    void anUnknownRecipientIsUserNotFound() {
        assertRefused(() -> fx.parley.sendMessage().sendMessage(alice.id(), new UserId("ghost"), opening("helper")),
                ErrorCode.USER_NOT_FOUND);
    }

    @Test
    void aStrangerOrYourselfIsNotFriends() {
        assertRefused(() -> fx.send(bob, carol, opening("helper")), ErrorCode.NOT_FRIENDS);
        assertRefused(() -> fx.send(alice, alice, opening("planner")), ErrorCode.NOT_FRIENDS);
    }

    @Test
    void aSenderAgentThatIsNotYoursIsAgentNotFound() {
        assertRefused(() -> fx.send(alice, bob, opening("helper").from(new AgentName("helper"))),
                ErrorCode.AGENT_NOT_FOUND, "sender_agent");
    }

    @Test
    void friendshipIsCheckedBeforeTheSenderAgent() {
        assertRefused(() -> fx.send(bob, carol, opening("helper").from(new AgentName("ghost"))), ErrorCode.NOT_FRIENDS);
    }

    @Test
    void aTypeThatCannotOpenIsAProtocolViolation() {
        OutgoingMessage thanks = OutgoingMessage.opening(MessageType.THANKS, new AgentName("helper"), Content.text("ty"));
        assertRefused(() -> fx.send(alice, bob, thanks), ErrorCode.PROTOCOL_VIOLATION, "THANKS");
    }

    @Test
    void anOpeningWithoutRecipientAgentIsAnInvalidRequest() {
        OutgoingMessage noAgent = new OutgoingMessage(MessageType.QUERY, Optional.empty(), Optional.empty(),
                Optional.empty(), Content.text("hi"), Optional.empty());
        assertRefused(() -> fx.send(alice, bob, noAgent), ErrorCode.INVALID_REQUEST, "recipient_agent");
    }

    @Test
    void anOpeningToAnAgentTheRecipientDoesNotHaveIsAgentNotFound() {
        assertRefused(() -> fx.send(alice, bob, opening("planner")), ErrorCode.AGENT_NOT_FOUND, "recipient_agent");
    }

    @Test
    void replyingToAnUnknownMessageOrOneYouDidNotReceiveIsMessageNotFound() {
        Message toBob = fx.open(alice, bob, "helper", MessageType.QUERY);
        assertRefused(() -> fx.send(alice, bob, OutgoingMessage.reply(MessageType.INFORMATION, new MessageId("ghost"),
                Content.text("x"))), ErrorCode.MESSAGE_NOT_FOUND);
        assertRefused(() -> fx.send(alice, bob, OutgoingMessage.reply(MessageType.INFORMATION, toBob.id(),
                Content.text("x"))), ErrorCode.MESSAGE_NOT_FOUND);
    }

    @Test
    void aReplyToSomeoneOtherThanTheSenderIsAProtocolViolation() {
        Message fromBob = fx.open(bob, alice, "planner", MessageType.QUERY);
        OutgoingMessage reply = OutgoingMessage.reply(MessageType.INFORMATION, fromBob.id(), Content.text("x"));
        assertRefused(() -> fx.send(alice, carol, reply), ErrorCode.PROTOCOL_VIOLATION, "goes to the sender");
    }

    @Test
    void aReplyOfAForbiddenTypeIsAProtocolViolationNamingBothTypes() {
        Message task = fx.open(alice, bob, "helper", MessageType.TASK);
        assertRefused(() -> fx.reply(bob, task, MessageType.THANKS), ErrorCode.PROTOCOL_VIOLATION, "THANKS may not answer TASK");
    }

    @Test
    void nothingFollowsAnEnd() {
        Message query = fx.open(alice, bob, "helper", MessageType.QUERY);
        Message end = fx.reply(bob, query, MessageType.END);
        assertRefused(() -> fx.reply(alice, end, MessageType.INFORMATION), ErrorCode.CONVERSATION_CLOSED);
        assertRefused(() -> fx.reply(bob, query, MessageType.INFORMATION), ErrorCode.CONVERSATION_CLOSED);
    }

    @Test
    void aReplyNamingAnotherRecipientAgentIsAProtocolViolation() {
        Message query = fx.send(alice, bob, opening("helper").from(new AgentName("planner")));
        OutgoingMessage wrongAgent = new OutgoingMessage(MessageType.INFORMATION, Optional.of(new AgentName("other")),
                Optional.empty(), Optional.of(query.id()), Content.text("x"), Optional.empty());
        assertRefused(() -> fx.send(bob, alice, wrongAgent), ErrorCode.PROTOCOL_VIOLATION, "recipient_agent");
    }

    @Test
    void aRefusedMessageStoresNothing() {
        assertRefused(() -> fx.send(alice, bob, opening("planner")), ErrorCode.AGENT_NOT_FOUND);
        assertThat(fx.parley.readHistory().readHistory(bob.id(), HistoryQuery.everything()).messages()).isEmpty();
    }

    @Test
    void aReusedIdempotencyKeyAnswersTheFirstMessageWhateverTheOtherChecksSay() {
        IdempotencyKey key = new IdempotencyKey("k1");
        Message first = fx.send(alice, bob, opening("helper").withIdempotencyKey(key));
        fx.parley.removeFriend().removeFriend(alice.id(), bob.username());
        assertThat(fx.send(alice, bob, opening("helper").withIdempotencyKey(key))).isEqualTo(first);
    }

    @Test
    void aReusedIdempotencyKeyNamingAnotherRecipientAnswersTheFirstMessageAndStoresNothingForThatOne() {
        IdempotencyKey key = new IdempotencyKey("k2");
        Message first = fx.send(alice, bob, opening("helper").withIdempotencyKey(key));

        assertThat(fx.send(alice, carol, opening("helper").withIdempotencyKey(key))).isEqualTo(first);
        assertThat(fx.parley.readHistory().readHistory(carol.id(), HistoryQuery.everything()).messages()).isEmpty();
        assertThat(fx.send(alice, carol, opening("helper")).seq()).isEqualTo(new Seq(1));
    }

    @Test
    void aRefusedSendWithAKeyNeverUsedIsRefused() {
        fx.parley.removeFriend().removeFriend(alice.id(), bob.username());
        assertRefused(() -> fx.send(alice, bob, opening("helper").withIdempotencyKey(new IdempotencyKey("fresh"))),
                ErrorCode.NOT_FRIENDS);
    }
}
