package dev.parley.domain.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.ports.model.AgentName;
import dev.parley.ports.model.Content;
import dev.parley.ports.model.ConversationId;
import dev.parley.ports.model.ErrorCode;
import dev.parley.ports.model.Message;
import dev.parley.ports.model.MessageId;
import dev.parley.ports.model.MessageType;
import dev.parley.ports.model.ParleyException;
import dev.parley.ports.model.Seq;
import dev.parley.ports.model.UserId;
import dev.parley.ports.model.Username;
import java.time.Instant;
import java.util.Optional;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class ConversationPolicyTest {
    private static final UserId ALICE = new UserId("alice-id");
    private static final UserId BOB = new UserId("bob-id");
    private static final UserId CAROL = new UserId("carol-id");
    private static final AgentName PLANNER = new AgentName("planner");
    private static final AgentName HELPER = new AgentName("helper");

    /** A QUERY alice's planner sent to bob's helper. */
    private static Message aliceAsksBob(Optional<AgentName> senderAgent) {
        return new Message(new MessageId("m1"), new Seq(1), new ConversationId("c1"), Optional.empty(), MessageType.QUERY,
                ALICE, new Username("alice"), senderAgent, BOB, new Username("bob"), Optional.of(HELPER),
                Content.text("when?"), Instant.EPOCH);
    }

    private static void assertRefused(ThrowingCallable call, ErrorCode code, String detail) {
        assertThatThrownBy(call).isInstanceOfSatisfying(ParleyException.class, refusal -> {
            assertThat(refusal.code()).isEqualTo(code);
            assertThat(refusal.detail()).contains(detail);
        });
    }

    @Test
    void anOpeningWithoutRecipientAgentIsAnInvalidRequestNamingTheField() {
        assertRefused(() -> ConversationPolicy.requireRecipientAgent(Optional.empty()),
                ErrorCode.INVALID_REQUEST, "recipient_agent");
    }

    @Test
    void anOpeningKeepsTheRecipientAgentItNames() {
        assertThat(ConversationPolicy.requireRecipientAgent(Optional.of(HELPER))).isEqualTo(HELPER);
    }

    @Test
    void replyingToAMessageThatDoesNotExistIsMessageNotFound() {
        assertRefused(() -> ConversationPolicy.requireReceived(Optional.empty(), new MessageId("m9"), BOB),
                ErrorCode.MESSAGE_NOT_FOUND, "in_reply_to");
    }

    @Test
    void replyingToAMessageYouDidNotReceiveIsMessageNotFound() {
        Optional<Message> original = Optional.of(aliceAsksBob(Optional.empty()));
        assertRefused(() -> ConversationPolicy.requireReceived(original, new MessageId("m1"), ALICE),
                ErrorCode.MESSAGE_NOT_FOUND, "m1");
        assertRefused(() -> ConversationPolicy.requireReceived(original, new MessageId("m1"), CAROL),
                ErrorCode.MESSAGE_NOT_FOUND, "m1");
    }

    @Test
    void replyingToAMessageYouReceivedFindsIt() {
        Message original = aliceAsksBob(Optional.empty());
        assertThat(ConversationPolicy.requireReceived(Optional.of(original), original.id(), BOB)).isEqualTo(original);
    }

    @Test
    void aReplyToSomeoneOtherThanTheSenderIsAProtocolViolation() {
        assertRefused(() -> ConversationPolicy.requireReplyToSender(aliceAsksBob(Optional.empty()), CAROL),
                ErrorCode.PROTOCOL_VIOLATION, "a reply goes to the sender of the message it answers");
    }

    @Test
    void aReplyToTheSenderPasses() {
        ConversationPolicy.requireReplyToSender(aliceAsksBob(Optional.empty()), ALICE);
    }

    @Test
    void anEndedConversationIsClosed() {
        assertRefused(() -> ConversationPolicy.requireOpen(true, new ConversationId("c1")),
                ErrorCode.CONVERSATION_CLOSED, "c1");
        ConversationPolicy.requireOpen(false, new ConversationId("c1"));
    }

    @Test
    void aReplyGoesToTheAnsweredMessagesSenderAgent() {
        assertThat(ConversationPolicy.replyRecipientAgent(aliceAsksBob(Optional.of(PLANNER)), Optional.empty()))
                .contains(PLANNER);
        assertThat(ConversationPolicy.replyRecipientAgent(aliceAsksBob(Optional.of(PLANNER)), Optional.of(PLANNER)))
                .contains(PLANNER);
    }

    @Test
    void aReplyToAMessageFromTheUserHasNoRecipientAgent() {
        assertThat(ConversationPolicy.replyRecipientAgent(aliceAsksBob(Optional.empty()), Optional.empty())).isEmpty();
    }

    @Test
    void aReplyNamingAnotherRecipientAgentIsAProtocolViolation() {
        assertRefused(() -> ConversationPolicy.replyRecipientAgent(aliceAsksBob(Optional.of(PLANNER)), Optional.of(HELPER)),
                ErrorCode.PROTOCOL_VIOLATION, "recipient_agent helper");
        assertRefused(() -> ConversationPolicy.replyRecipientAgent(aliceAsksBob(Optional.empty()), Optional.of(HELPER)),
                ErrorCode.PROTOCOL_VIOLATION, "the user");
    }
}
