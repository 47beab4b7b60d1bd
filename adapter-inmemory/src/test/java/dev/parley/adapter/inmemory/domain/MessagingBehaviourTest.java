package dev.parley.adapter.inmemory.domain;

import static dev.parley.adapter.inmemory.domain.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.adapter.inmemory.domain.DomainFixture.Connection;
import dev.parley.ports.model.AgentName;
import dev.parley.ports.model.AgentSelection;
import dev.parley.ports.model.Content;
import dev.parley.ports.model.ErrorCode;
import dev.parley.ports.model.HistoryQuery;
import dev.parley.ports.model.IdempotencyKey;
import dev.parley.ports.model.Message;
import dev.parley.ports.model.MessageType;
import dev.parley.ports.model.OutgoingMessage;
import dev.parley.ports.model.Seq;
import dev.parley.ports.model.User;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class MessagingBehaviourTest {
    private final DomainFixture fx = new DomainFixture();
    private final User alice = fx.signUp("alice");
    private final User bob = fx.signUp("bob");

    MessagingBehaviourTest() {
        fx.befriend(alice, bob);
        fx.agent(alice, "planner");
        fx.agent(bob, "helper");
    }

    private OutgoingMessage query() {
        return OutgoingMessage.opening(MessageType.QUERY, new AgentName("helper"), Content.text("when?"));
    }

    @Test
    void anOpeningStartsAConversationAndAReplyStaysInItGoingToTheSendersAgent() {
        Message query = fx.send(alice, bob, query().from(new AgentName("planner")));
        Message answer = fx.reply(bob, query, MessageType.INFORMATION);

        assertThat(query.recipientAgent()).contains(new AgentName("helper"));
        assertThat(answer.conversationId()).isEqualTo(query.conversationId());
        assertThat(answer.inReplyTo()).contains(query.id());
        assertThat(answer.recipientId()).isEqualTo(alice.id());
        assertThat(answer.recipientAgent()).contains(new AgentName("planner"));
        assertThat(fx.open(alice, bob, "helper", MessageType.QUERY).conversationId()).isNotEqualTo(query.conversationId());
    }

    @Test
    void sendingWithoutWaitingChecksAtOnceAndAnswersWithTheStoredMessage() throws Exception {
        User stranger = fx.signUp("stranger");
        Connection bobOnline = fx.connect(bob);

        Message stored = fx.parley.sendMessage().sendMessageAsync(alice.id(), bob.id(), query())
                .toCompletableFuture().get(10, TimeUnit.SECONDS);

        assertThat(stored.seq().value()).isEqualTo(1);
        assertThat(bobOnline.sink().delivered).containsExactly(stored);
        assertRefused(() -> fx.parley.sendMessage().sendMessageAsync(alice.id(), stranger.id(), query()), ErrorCode.NOT_FRIENDS);
        assertRefused(() -> fx.parley.sendMessage().sendMessageAsync(alice.id(), bob.id(),
                OutgoingMessage.opening(MessageType.QUERY, new AgentName("nobody"), Content.text("?"))), ErrorCode.AGENT_NOT_FOUND);
        assertThat(fx.connect(bob).sink().delivered).containsExactly(stored);
    }

    @Test
    void aReplyToAMessageFromTheUserHasNoRecipientAgent() {
        Message query = fx.send(alice, bob, query());
        assertThat(fx.reply(bob, query, MessageType.WAIT).recipientAgent()).isEmpty();
    }

    @Test
    void sendingTwiceWithOneKeyStoresOneMessage() {
        IdempotencyKey key = new IdempotencyKey("retry-1");
        Message first = fx.send(alice, bob, query().withIdempotencyKey(key));
        Message again = fx.send(alice, bob, query().withIdempotencyKey(key));

        assertThat(again).isEqualTo(first);
        assertThat(fx.parley.readHistory().readHistory(bob.id(), HistoryQuery.everything()).messages()).containsExactly(first);
    }

    @Test
    void oneKeyUsedByTwoSendersMakesTwoMessages() {
        fx.agent(alice, "helper");
        IdempotencyKey key = new IdempotencyKey("same");
        Message fromAlice = fx.send(alice, bob, query().withIdempotencyKey(key));
        Message fromBob = fx.send(bob, alice, query().withIdempotencyKey(key));
        assertThat(fromBob.id()).isNotEqualTo(fromAlice.id());
    }

    @Test
    void seqsIncreaseByOnePerRecipient() {
        User carol = fx.signUp("carol");
        fx.befriend(carol, bob);
        List<Long> seqs = List.of(fx.send(alice, bob, query()), fx.send(carol, bob, query()), fx.send(alice, bob, query()))
                .stream().map(message -> message.seq().value()).toList();
        assertThat(seqs).containsExactly(1L, 2L, 3L);
    }

    @Test
    void concurrentSendersGetEverySeqOnceWithoutGaps() throws Exception {
        List<User> senders = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            User sender = fx.signUp("sender" + i);
            fx.befriend(sender, bob);
            senders.add(sender);
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<List<Long>>> runs = new ArrayList<>();
        try {
            for (User sender : senders) {
                runs.add(pool.submit(() -> LongStream.range(0, 50).mapToObj(n -> fx.send(sender, bob, query()).seq().value()).toList()));
            }
            List<Long> all = new ArrayList<>();
            for (Future<List<Long>> run : runs) {
                List<Long> own = run.get(60, TimeUnit.SECONDS);
                assertThat(own).isSorted().doesNotHaveDuplicates();
                all.addAll(own);
            }
            assertThat(all).containsExactlyInAnyOrderElementsOf(LongStream.rangeClosed(1, 200).boxed().toList());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void historyHoldsWhatTheUserSentAndReceivedOldestFirst() {
        Message query = fx.send(alice, bob, query());
        Message answer = fx.reply(bob, query, MessageType.INFORMATION);
        assertThat(fx.parley.readHistory().readHistory(alice.id(), HistoryQuery.everything()).messages())
                .containsExactly(query, answer);
    }

    @Test
    void acknowledgedMessagesAreNoLongerPending() {
        Message first = fx.send(alice, bob, query());
        Message second = fx.send(alice, bob, query());
        fx.parley.acknowledgeMessages().acknowledge(bob.id(), AgentSelection.all(), first.seq());

        DomainFixture.Connection bobOnline = fx.connect(bob);
        assertThat(bobOnline.sink().delivered).containsExactly(second);
        assertThat(second.seq()).isEqualTo(new Seq(2));
    }
}
