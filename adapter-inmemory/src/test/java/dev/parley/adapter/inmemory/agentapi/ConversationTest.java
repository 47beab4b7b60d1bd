package dev.parley.adapter.inmemory.agentapi;

import static dev.parley.adapter.inmemory.agentapi.Pair.DESK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.parley.ports.client.AgentHandler;
import dev.parley.ports.client.AgentHost;
import dev.parley.ports.client.Conversation;
import dev.parley.ports.client.Failures;
import dev.parley.ports.client.IncomingMessage;
import dev.parley.ports.model.Content;
import dev.parley.ports.model.ErrorCode;
import dev.parley.ports.model.AgentName;
import dev.parley.ports.model.MessageType;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

/** Opening a conversation gives a handle whose replies are awaited, not handled. */
class ConversationTest {
    private static final Duration WAIT = Duration.ofSeconds(5);

    private final Pair pair = Pair.onSynchronousNetwork();
    private final List<IncomingMessage> aliceHandled = new CopyOnWriteArrayList<>();
    private final List<IncomingMessage> bobGot = new CopyOnWriteArrayList<>();
    private final AgentHost alice = AgentHost.newBuilder(pair.alice).agent(DESK, aliceHandled::add).buildAsync().join();

    @Test
    void anAnswerGivenAtOnceReachesTheHandleNotTheHandler() {
        answeringBob(incoming -> incoming.reply(MessageType.ACCEPTANCE, Content.text("deal")));

        Conversation deal = open(MessageType.PROPOSAL, "a deal?");
        IncomingMessage answer = deal.nextReply(WAIT).join();

        assertThat(answer.type()).isEqualTo(MessageType.ACCEPTANCE);
        assertThat(answer.conversationId()).isEqualTo(deal.id());
        assertThat(deal.opening().senderAgent()).contains(DESK);
        assertThat(aliceHandled).isEmpty();
    }

    @Test
    void noReplyInTimeIsATimeoutAndALaterReplyWaitsForTheNextCall() {
        answeringBob(bobGot::add);
        Conversation question = open(MessageType.QUERY, "when?");

        Throwable late = catchThrowable(() -> question.nextReply(Duration.ofMillis(20)).join());
        bobGot.get(0).replyText("now").join();

        assertThat(Failures.cause(late)).isInstanceOf(TimeoutException.class);
        assertThat(question.nextReply(WAIT).join().text()).contains("now");
    }

    @Test
    void theHandleAnswersTheLatestReplyAndEndsWithEnd() {
        answeringBob(incoming -> {
            switch (incoming.type()) {
                case TASK -> {
                    incoming.reply(MessageType.WAIT, Content.text("working"));
                    incoming.replyText("done");
                }
                case THANKS -> incoming.reply(MessageType.END, Content.text("bye"));
                default -> bobGot.add(incoming);
            }
        });
        Conversation task = open(MessageType.TASK, "do it");

        assertThat(task.nextReply(WAIT).join().type()).isEqualTo(MessageType.WAIT);
        assertThat(task.nextReply(WAIT).join().text()).contains("done");
        task.reply(MessageType.THANKS, Content.text("thanks")).join();

        assertThat(task.nextReply(WAIT).join().type()).isEqualTo(MessageType.END);
        assertThat(task.isEnded()).isTrue();
        assertThat(refusal(task.nextReply(WAIT))).isEqualTo(ErrorCode.CONVERSATION_CLOSED);
        assertThat(refusal(task.reply(MessageType.THANKS, Content.text("again")))).isEqualTo(ErrorCode.CONVERSATION_CLOSED);
    }

    @Test
    void replyingBeforeAnyReplyAndOpeningWithAnAnswerTypeAreRefused() {
        answeringBob(bobGot::add);
        Conversation quiet = open(MessageType.INFORMATION, "fyi");

        assertThat(refusal(quiet.reply(MessageType.THANKS, Content.text("?")))).isEqualTo(ErrorCode.PROTOCOL_VIOLATION);
        assertThat(refusal(alice.open(pair.bobUser.id(), DESK, MessageType.ACCEPTANCE, Content.text("yes"))))
                .isEqualTo(ErrorCode.PROTOCOL_VIOLATION);
        assertThat(Pair.history(pair.alice)).hasSize(1);
    }

    @Test
    void theServersRefusalFailsTheOpening() {
        assertThat(refusal(alice.open(pair.bobUser.id(), new AgentName("ghost"),
                MessageType.QUERY, Content.text("anyone?")))).isEqualTo(ErrorCode.AGENT_NOT_FOUND);
    }

    private void answeringBob(AgentHandler handler) {
        AgentHost.newBuilder(pair.bob).agent(DESK, handler).buildAsync().join();
    }

    private Conversation open(MessageType type, String text) {
        return alice.open(pair.bobUser.id(), DESK, type, Content.text(text)).join();
    }

    private static ErrorCode refusal(CompletableFuture<?> call) {
        return call.handle((value, failure) -> Failures.code(failure).orElseThrow()).join();
    }
}
