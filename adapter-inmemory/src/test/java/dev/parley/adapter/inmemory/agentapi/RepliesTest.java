package dev.parley.adapter.inmemory.agentapi;

import static dev.parley.adapter.inmemory.agentapi.Pair.DESK;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.ports.client.AgentHost;
import dev.parley.ports.client.Failures;
import dev.parley.ports.client.IncomingMessage;
import dev.parley.ports.model.Content;
import dev.parley.ports.model.ErrorCode;
import dev.parley.ports.model.Message;
import dev.parley.ports.model.MessageType;
import dev.parley.ports.model.OutgoingMessage;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** {@code reply} knows the conversation and refuses, before sending, what the protocol forbids. */
class RepliesTest {
    private final Pair pair = Pair.onSynchronousNetwork();
    private final List<IncomingMessage> bobGot = new CopyOnWriteArrayList<>();

    RepliesTest() {
        AgentHost.newBuilder(pair.bob).agent(DESK, bobGot::add).buildAsync().join();
    }

    @Test
    void aReplyGoesToTheSendersAgentInTheSameConversation() {
        Message question = pair.alice.send(pair.bobUser.id(), OutgoingMessage
                .opening(MessageType.QUERY, DESK, Content.text("where?")).from(DESK)).join();

        Message answer = bobGot.get(0).replyText("Lisbon").join();

        assertThat(answer.conversationId()).isEqualTo(question.conversationId());
        assertThat(answer.inReplyTo()).contains(question.id());
        assertThat(answer.senderAgent()).contains(DESK);
        assertThat(answer.recipientAgent()).contains(DESK);
    }

    @Test
    void aTypeThatMayNotAnswerIsRefusedWithoutSending() {
        pair.alice.sendText(pair.bobUser.id(), DESK, "news").join();
        int before = Pair.history(pair.bob).size();

        CompletableFuture<Message> refused = bobGot.get(0).reply(MessageType.ACCEPTANCE, Content.text("yes"));

        assertThat(refusal(refused)).isEqualTo(ErrorCode.PROTOCOL_VIOLATION);
        assertThat(Pair.history(pair.bob)).hasSize(before);
    }

    @Test
    void afterAnEndWasSentNoFurtherReplyIsSent() {
        pair.alice.sendText(pair.bobUser.id(), DESK, "bye?").join();
        IncomingMessage incoming = bobGot.get(0);
        incoming.reply(MessageType.END, Content.text("bye")).join();
        int before = Pair.history(pair.bob).size();

        assertThat(incoming.conversationEnded()).isTrue();
        assertThat(refusal(incoming.replyText("one more thing"))).isEqualTo(ErrorCode.CONVERSATION_CLOSED);
        assertThat(Pair.history(pair.bob)).hasSize(before);
    }

    @Test
    void aReceivedEndClosesTheConversation() {
        Message opening = pair.bob.send(pair.aliceUser.id(),
                OutgoingMessage.opening(MessageType.INFORMATION, DESK, Content.text("hello")).from(DESK)).join();
        pair.alice.send(pair.bobUser.id(), OutgoingMessage
                .reply(MessageType.END, opening.id(), Content.text("done")).from(DESK)).join();

        IncomingMessage end = bobGot.get(0);

        assertThat(end.type()).isEqualTo(MessageType.END);
        assertThat(refusal(end.reply(MessageType.THANKS, Content.text("thanks")))).isEqualTo(ErrorCode.CONVERSATION_CLOSED);
    }

    @Test
    void theTextOfATextMessageAndNoneOfOtherContent() {
        pair.alice.sendText(pair.bobUser.id(), DESK, "tab\there, \"quoted\", caf\u00e9 \u2603").join();
        pair.alice.send(pair.bobUser.id(), OutgoingMessage
                .opening(MessageType.TASK, DESK, Content.json("{\"text\":\"hi\",\"lang\":\"en\"}"))).join();
        pair.alice.send(pair.bobUser.id(), OutgoingMessage
                .opening(MessageType.TASK, DESK, Content.json("[1,2]"))).join();

        assertThat(bobGot).extracting(IncomingMessage::text)
                .containsExactly(Optional.of("tab\there, \"quoted\", caf\u00e9 \u2603"),
                        Optional.empty(), Optional.empty());
    }

    private static ErrorCode refusal(CompletableFuture<?> call) {
        assertThat(call).isCompletedExceptionally();
        return call.handle((value, failure) -> Failures.code(failure).orElseThrow()).join();
    }
}
