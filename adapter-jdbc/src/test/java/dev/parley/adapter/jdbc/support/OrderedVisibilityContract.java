package dev.parley.adapter.jdbc.support;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.ports.model.AgentSelection;
import dev.parley.ports.model.Message;
import dev.parley.ports.model.Seq;
import dev.parley.ports.model.User;
import dev.parley.ports.out.contract.Concurrently;
import dev.parley.ports.out.contract.MessageDrafts;
import dev.parley.ports.out.contract.StoreContract;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** A reader of a mailbox never sees a seq before every lower seq of that recipient is readable too. */
public abstract class OrderedVisibilityContract extends StoreContract {
    private static final int WRITERS = 4;
    private static final int PER_WRITER = 30;

    @Test
    void whileAppendsRaceAReaderOnlyEverSeesAGapFreePrefixOfSeqs() throws Exception {
        User bob = storedUser("bob");
        List<User> senders = IntStream.range(0, WRITERS).mapToObj(i -> storedUser("sender" + i)).toList();
        AtomicBoolean writing = new AtomicBoolean(true);
        ExecutorService readerThread = Executors.newSingleThreadExecutor();
        try {
            Future<List<List<Long>>> gaps = readerThread.submit(() -> gapsSeenWhile(writing, bob));
            Concurrently.run(senders.stream().<Callable<Integer>>map(sender -> () -> appendMany(sender, bob)).toList());
            writing.set(false);

            assertThat(gaps.get(30, TimeUnit.SECONDS)).isEmpty();
        } finally {
            readerThread.shutdownNow();
        }
    }

    /** Appends one message after another; answers how many were created. */
    private int appendMany(User sender, User recipient) {
        int created = 0;
        for (int i = 0; i < PER_WRITER; i++) {
            created += stores.messages().append(MessageDrafts.from(sender, recipient).build()).created() ? 1 : 0;
        }
        return created;
    }

    /** Every read, while the writers run, whose seqs were not exactly 1..n. */
    private List<List<Long>> gapsSeenWhile(AtomicBoolean writing, User recipient) {
        List<List<Long>> gaps = new ArrayList<>();
        while (writing.get()) {
            List<Long> seqs = stores.mailboxes().pending(recipient.id(), AgentSelection.all(), Seq.ZERO, WRITERS * PER_WRITER)
                    .stream().map(Message::seq).map(Seq::value).toList();
            if (!seqs.equals(LongStream.rangeClosed(1, seqs.size()).boxed().toList())) {
                gaps.add(seqs);
            }
        }
        return gaps;
    }
}
