package dev.parley.ports.out.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.ports.model.AgentSelection;
import dev.parley.ports.model.Appended;
import dev.parley.ports.model.Message;
import dev.parley.ports.model.NewMessage;
import dev.parley.ports.model.Seq;
import dev.parley.ports.model.User;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link dev.parley.ports.out.Messages} store guarantees under appends from several threads at once. */
public abstract class ConcurrentAppendsContract extends StoreContract {
    private static final int THREADS = 4;
    private static final int PER_THREAD = 25;

    private User bob;
    private List<User> senders;

    @BeforeEach
    void oneRecipientAndSeveralSenders() {
        bob = storedUser("bob");
        senders = IntStream.range(0, THREADS).mapToObj(i -> storedUser("sender" + i)).toList();
    }

    @Test
    void concurrentAppendsToOneRecipientGetEverySeqExactlyOnce() throws Exception {
        List<Callable<List<Seq>>> writers = senders.stream()
                .<Callable<List<Seq>>>map(sender -> () -> IntStream.range(0, PER_THREAD)
                        .mapToObj(i -> stores.messages().append(MessageDrafts.from(sender, bob).build()).message().seq())
                        .toList())
                .toList();

        List<Long> seqs = Concurrently.run(writers).stream().flatMap(List::stream).map(Seq::value).sorted().toList();

        assertThat(seqs).containsExactlyElementsOf(LongStream.rangeClosed(1, THREADS * PER_THREAD).boxed().toList());
        assertThat(stores.mailboxes().pending(bob.id(), AgentSelection.all(), Seq.ZERO, 500))
                .extracting(Message::seq).extracting(Seq::value).containsExactlyElementsOf(seqs);
    }

    @Test
    void concurrentAppendsToSeveralRecipientsNumberEachOneToN() throws Exception {
        List<User> recipients = List.of(bob, storedUser("carol"), storedUser("dave"));
        List<Callable<List<Message>>> writers = IntStream.range(0, THREADS)
                .<Callable<List<Message>>>mapToObj(t -> () -> appendInTurn(senders.get(t), recipients, t % 2 == 0))
                .toList();

        List<Message> appended = Concurrently.run(writers).stream().flatMap(List::stream).toList();

        for (User recipient : recipients) {
            List<Long> seqs = appended.stream().filter(message -> message.recipientId().equals(recipient.id()))
                    .map(message -> message.seq().value()).sorted().toList();
            assertThat(seqs).isEqualTo(LongStream.rangeClosed(1, seqs.size()).boxed().toList());
            assertThat(stores.mailboxes().pending(recipient.id(), AgentSelection.all(), Seq.ZERO, 500))
                    .extracting(Message::seq).extracting(Seq::value).containsExactlyElementsOf(seqs);
        }
    }

    @Test
    void concurrentRepeatsOfOneIdempotencyKeyStoreOneMessage() throws Exception {
        User alice = senders.get(0);
        List<Callable<Appended>> repeats = IntStream.range(0, THREADS * 2)
                .<Callable<Appended>>mapToObj(i -> () -> stores.messages().append(MessageDrafts.from(alice, bob).key("once").build()))
                .toList();

        List<Appended> answers = Concurrently.run(repeats);

        assertThat(answers).filteredOn(Appended::created).hasSize(1);
        assertThat(answers).extracting(appended -> appended.message().id()).containsOnly(answers.get(0).message().id());
        assertThat(stores.mailboxes().pending(bob.id(), AgentSelection.all(), Seq.ZERO, 500)).hasSize(1);
    }

    /** {@code PER_THREAD} appends from {@code sender} to each recipient in turn: all in flight at once, or one by one. */
    private List<Message> appendInTurn(User sender, List<User> recipients, boolean inFlight) {
        List<CompletableFuture<Appended>> appends = new ArrayList<>();
        for (int i = 0; i < PER_THREAD; i++) {
            NewMessage draft = MessageDrafts.from(sender, recipients.get(i % recipients.size())).build();
            appends.add(inFlight ? stores.messages().appendAsync(draft).toCompletableFuture()
                    : CompletableFuture.completedFuture(stores.messages().append(draft)));
        }
        return appends.stream().map(append -> append.join().message()).toList();
    }
}
