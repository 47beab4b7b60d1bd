package dev.parley.ports.out.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.ports.model.AgentSelection;
import dev.parley.ports.model.Appended;
import dev.parley.ports.model.Message;
import dev.parley.ports.model.Seq;
import dev.parley.ports.model.User;
import java.util.List;
import java.util.concurrent.Callable;
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
}
