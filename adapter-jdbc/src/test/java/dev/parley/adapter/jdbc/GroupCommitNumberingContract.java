package dev.parley.adapter.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.ports.model.Appended;
import dev.parley.ports.model.Message;
import dev.parley.ports.model.NewMessage;
import dev.parley.ports.model.User;
import dev.parley.ports.out.contract.MessageDrafts;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/**
 * Each recipient's seqs stay gap-free and increase in commit order whatever becomes of the batches that take them:
 * a seq taken by an append that is then undone, alone or with its whole batch, is handed out again.
 */
abstract class GroupCommitNumberingContract extends GroupCommitFixture {
    private static final int SENDING_THREADS = 4;
    private static final int APPENDS_PER_THREAD = 40;
    /** Every so many appends of a sending thread, one repeats a stored message and is refused. */
    private static final int REFUSED_EVERY = 5;

    @Test
    void anAppendRefusedAfterTakingItsSeqGivesItBackSoItsNeighboursAreNumberedWithoutAGap() throws Exception {
        NewMessage stored = toBob();
        messages.append(stored);
        WriterHold hold = holdWriter();
        Future<Message> first = queueAppend(toBob());
        // Numbered, then refused by the unique message id: the batch runs again, each task in a savepoint.
        Future<Message> refused = queueAppend(stored);
        Future<Message> second = queueAppend(toBob());
        CompletableFuture<Appended> refusedAsync = queueAppendAsync(stored);
        CompletableFuture<Appended> third = queueAppendAsync(toBob());
        hold.release();

        assertThat(first.get().seq().value()).isEqualTo(2);
        assertThat(second.get().seq().value()).isEqualTo(3);
        assertThat(third.get(10, TimeUnit.SECONDS).message().seq().value()).isEqualTo(4);
        assertThat(causeOf(refused)).isInstanceOf(WriterStatements.StatementFailedException.class);
        assertThat(causeOf(refusedAsync)).isInstanceOf(WriterStatements.StatementFailedException.class);
        assertThat(listener.ranAgainInSavepoints()).containsExactly(5);
        assertThat(pendingSeqsOf(bob)).containsExactly(1L, 2L, 3L, 4L);
    }

    @Test
    void anAppendWhoseIdempotencyKeyWasUsedTakesNoSeq() throws Exception {
        messages.append(MessageDrafts.from(alice, bob).key("earlier").build());
        WriterHold hold = holdWriter();
        Future<Appended> repeatOfEarlier = queue(() -> messages.append(MessageDrafts.from(alice, bob).key("earlier").build()));
        Future<Message> keyless = queueAppend(toBob());
        Future<Appended> keyed = queue(() -> messages.append(MessageDrafts.from(alice, bob).key("now").build()));
        CompletableFuture<Appended> repeatOfKeyed = queueAppendAsync(MessageDrafts.from(alice, bob).key("now").build());
        Future<Message> last = queueAppend(toBob());
        hold.release();

        assertThat(repeatOfEarlier.get().created()).isFalse();
        assertThat(repeatOfEarlier.get().message().seq().value()).isEqualTo(1);
        assertThat(keyless.get().seq().value()).isEqualTo(2);
        assertThat(keyed.get().message().seq().value()).isEqualTo(3);
        assertThat(repeatOfKeyed.get(10, TimeUnit.SECONDS).created()).isFalse();
        assertThat(last.get().seq().value()).isEqualTo(4);
        assertThat(pendingSeqsOf(bob)).containsExactly(1L, 2L, 3L, 4L);
    }

    @Test
    void aBatchThatCannotCommitGivesBackEverySeqItTook() throws Exception {
        messages.append(toBob());
        database.write(handle -> handle.execute("CREATE TABLE deferred_check (id INTEGER PRIMARY KEY,"
                + " parent INTEGER REFERENCES deferred_check (id) DEFERRABLE INITIALLY DEFERRED)"));
        WriterHold hold = holdWriter();
        Future<Message> append = queueAppend(toBob());
        CompletableFuture<Appended> appendAsync = queueAppendAsync(toBob());
        Future<Integer> dangling = queueWrite(handle -> handle.execute("INSERT INTO deferred_check VALUES (1, 99)"));
        hold.release();

        assertThat(causeOf(append)).isNotNull().isSameAs(causeOf(dangling)).isSameAs(causeOf(appendAsync));
        assertThat(messages.append(toBob()).message().seq().value()).isEqualTo(2);
        assertThat(pendingSeqsOf(bob)).containsExactly(1L, 2L);
    }

    @Test
    void theLastSeqsOfABatchReachTheDiskSoNumberingGoesOnAfterReopening() throws Exception {
        WriterHold hold = holdWriter();
        List<CompletableFuture<Appended>> appends = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            appends.add(queueAppendAsync(toBob()));
            appends.add(queueAppendAsync(toAlice()));
        }
        appends.add(queueAppendAsync(toBob()));
        hold.release();
        CompletableFuture.allOf(appends.toArray(CompletableFuture[]::new)).get(10, TimeUnit.SECONDS);
        assertThat(listener.batchSizes()).endsWith(1, 7);

        reopen();

        assertThat(messages.append(toBob()).message().seq().value()).isEqualTo(5);
        assertThat(messages.append(toAlice()).message().seq().value()).isEqualTo(4);
        assertThat(pendingSeqsOf(bob)).containsExactly(1L, 2L, 3L, 4L, 5L);
    }

    @Test
    void concurrentAppendsToTwoRecipientsSomeOfThemRefusedNumberEachRecipientOneToN() throws Exception {
        NewMessage storedToAlice = toAlice();
        NewMessage storedToBob = toBob();
        messages.append(storedToAlice);
        messages.append(storedToBob);
        List<Future<List<CompletableFuture<Appended>>>> senders = new ArrayList<>();
        for (int t = 0; t < SENDING_THREADS; t++) {
            senders.add(threads.submit(() -> appendInFlight(storedToAlice, storedToBob)));
        }
        List<Message> numbered = new ArrayList<>();
        int refused = 0;
        for (Future<List<CompletableFuture<Appended>>> sender : senders) {
            for (CompletableFuture<Appended> append : sender.get(30, TimeUnit.SECONDS)) {
                try {
                    numbered.add(append.get(30, TimeUnit.SECONDS).message());
                } catch (ExecutionException e) {
                    assertThat(e).hasCauseInstanceOf(WriterStatements.StatementFailedException.class);
                    refused++;
                }
            }
        }

        assertThat(refused).isEqualTo(SENDING_THREADS * APPENDS_PER_THREAD / REFUSED_EVERY);
        for (User recipient : List.of(alice, bob)) {
            List<Long> seqs = numbered.stream().filter(message -> message.recipientId().equals(recipient.id()))
                    .map(message -> message.seq().value()).sorted().toList();
            assertThat(seqs).isEqualTo(LongStream.rangeClosed(2, seqs.size() + 1).boxed().toList());
            assertThat(pendingSeqsOf(recipient)).isEqualTo(LongStream.rangeClosed(1, seqs.size() + 1).boxed().toList());
        }
    }

    /** One sender's appends, all in flight at once, to alice and bob in turn; every few a repeat that is refused. */
    private List<CompletableFuture<Appended>> appendInFlight(NewMessage storedToAlice, NewMessage storedToBob) {
        List<CompletableFuture<Appended>> inFlight = new ArrayList<>();
        for (int i = 1; i <= APPENDS_PER_THREAD; i++) {
            boolean toAlice = i % 2 == 0;
            NewMessage fresh = toAlice ? toAlice() : toBob();
            NewMessage repeated = toAlice ? storedToAlice : storedToBob;
            inFlight.add(messages.appendAsync(i % REFUSED_EVERY == 0 ? repeated : fresh).toCompletableFuture());
        }
        return inFlight;
    }
}
