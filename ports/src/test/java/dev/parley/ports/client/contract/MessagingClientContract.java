package dev.parley.ports.client.contract;

import static dev.parley.ports.client.contract.Futures.done;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.ports.model.AgentName;
import dev.parley.ports.model.Content;
import dev.parley.ports.model.ErrorCode;
import dev.parley.ports.model.IdempotencyKey;
import dev.parley.ports.model.Message;
import dev.parley.ports.model.MessageType;
import dev.parley.ports.model.OutgoingMessage;
import dev.parley.ports.model.Seq;
import dev.parley.ports.model.UserId;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Sending messages under the conversation rules through any {@link dev.parley.ports.client.ParleyClient}. */
public abstract class MessagingClientContract extends ParleyClientContract {
    private static final AgentName HELPER = new AgentName("helper");

    private Member alice;
    private Member bob;

    @BeforeEach
    void twoFriendsWithAgents() {
        alice = member("alice");
        bob = member("bob");
        befriend(alice, bob);
        agent(alice, "planner");
        agent(bob, "helper");
    }

    @Test
    void anOpeningIsStoredWithTheRecipientsSeqAndANewConversation() {
        Message first = done(alice.client().send(bob.id(), query("where?")));
        Message second = done(alice.client().send(bob.id(), query("when?")));

        assertThat(first.seq()).isEqualTo(new Seq(1));
        assertThat(second.seq()).isEqualTo(new Seq(2));
        assertThat(first.conversationId()).isNotEqualTo(second.conversationId());
        assertThat(first.senderUsername()).isEqualTo(alice.name());
        assertThat(first.recipientAgent()).contains(HELPER);
        assertThat(first.senderAgent()).isEmpty();
    }

    @Test
    void aReplyGoesToTheSendersAgentInTheSameConversation() {
        Message question = done(alice.client().send(bob.id(), query("where?").from(new AgentName("planner"))));

        Message answer = done(bob.client().send(alice.id(),
                OutgoingMessage.reply(MessageType.INFORMATION, question.id(), Content.text("Lisbon")).from(HELPER)));

        assertThat(answer.conversationId()).isEqualTo(question.conversationId());
        assertThat(answer.inReplyTo()).contains(question.id());
        assertThat(answer.recipientAgent()).contains(new AgentName("planner"));
    }

    @Test
    void openingsThatBreakTheRulesAreRefused() {
        assertRefused(alice.client().send(bob.id(), OutgoingMessage.opening(MessageType.ACCEPTANCE, HELPER, Content.text("yes"))),
                ErrorCode.PROTOCOL_VIOLATION);
        assertRefused(alice.client().send(bob.id(), new OutgoingMessage(MessageType.QUERY, Optional.empty(), Optional.empty(),
                Optional.empty(), Content.text("to whom?"), Optional.empty())), ErrorCode.INVALID_REQUEST);
        assertRefused(alice.client().send(bob.id(), OutgoingMessage.opening(MessageType.QUERY, new AgentName("ghost"), Content.text("?"))),
                ErrorCode.AGENT_NOT_FOUND);
        assertRefused(alice.client().send(bob.id(), query("as whom?").from(new AgentName("not-mine"))), ErrorCode.AGENT_NOT_FOUND);
    }

    @Test
    void onlyFriendsCanBeMessaged() {
        Member stranger = member("stranger");
        agent(stranger, "helper");

        assertRefused(alice.client().send(stranger.id(), query("hi?")), ErrorCode.NOT_FRIENDS);
        assertRefused(alice.client().send(alice.id(), query("me?")), ErrorCode.NOT_FRIENDS);
        assertRefused(alice.client().send(new UserId(UUID.randomUUID().toString()), query("anyone?")), ErrorCode.USER_NOT_FOUND);
    }

    @Test
    void repliesThatBreakTheRulesAreRefused() {
        Message question = done(alice.client().send(bob.id(), query("where?")));

        assertRefused(alice.client().send(bob.id(), reply(MessageType.INFORMATION, question)), ErrorCode.MESSAGE_NOT_FOUND);
        assertRefused(bob.client().send(alice.id(), reply(MessageType.ACCEPTANCE, question)), ErrorCode.PROTOCOL_VIOLATION);
    }

    @Test
    void afterEndTheConversationIsClosed() {
        Message question = done(alice.client().send(bob.id(), query("where?")));
        done(bob.client().send(alice.id(), reply(MessageType.END, question)));

        assertRefused(bob.client().send(alice.id(), reply(MessageType.INFORMATION, question)), ErrorCode.CONVERSATION_CLOSED);
    }

    @Test
    void sendingAgainWithAnIdempotencyKeyAnswersTheFirstMessage() {
        IdempotencyKey key = new IdempotencyKey(UUID.randomUUID().toString());
        Message first = done(alice.client().send(bob.id(), query("once?").withIdempotencyKey(key)));

        Message again = done(alice.client().send(bob.id(), query("twice?").withIdempotencyKey(key)));

        assertThat(again).isEqualTo(first);
        assertThat(done(alice.client().send(bob.id(), query("next?"))).seq()).isEqualTo(new Seq(2));
    }

    private static OutgoingMessage query(String text) {
        return OutgoingMessage.opening(MessageType.QUERY, HELPER, Content.text(text));
    }

    private static OutgoingMessage reply(MessageType type, Message to) {
        return OutgoingMessage.reply(type, to.id(), Content.text(type.name()));
    }
}
