package dev.parley.adapter.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.parley.ports.model.Appended;
import dev.parley.ports.model.Message;
import dev.parley.ports.model.NewMessage;
import dev.parley.ports.model.User;
import dev.parley.ports.out.contract.MessageDrafts;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** Queued writes share one transaction, in queue order, and each caller gets its own outcome after the commit. */
abstract class GroupCommitBatchingContract extends GroupCommitFixture {
    private static final int SENDERS = 40;

    @Test
    void concurrentAppendsToOneRecipientCommitTogetherNumberedOneToN() throws Exception {
        WriterHold hold = holdWriter();
        List<Future<Message>> appends = new ArrayList<>();
        for (int i = 0; i < SENDERS; i++) {
            appends.add(queueAppend(toBob()));
        }
        hold.release();

        List<Long> seqs = new ArrayList<>();
        for (Future<Message> append : appends) {
            seqs.add(append.get().seq().value());
        }
        List<Long> oneToN = LongStream.rangeClosed(1, SENDERS).boxed().toList();
        assertThat(seqs).isEqualTo(oneToN);
        assertThat(pendingSeqsOf(bob)).isEqualTo(oneToN);
        assertThat(listener.batchSizes()).endsWith(1, SENDERS);
        assertThat(listener.ranAgainInSavepoints()).isEmpty();
    }

    @Test
    void appendsQueuedWithoutWaitingByOneThreadShareACommitInTheirOrderAndAreAnsweredOffTheWriter() throws Exception {
        WriterHold hold = holdWriter();
        List<CompletableFuture<String>> answers = new ArrayList<>();
        for (int i = 0; i < SENDERS; i++) {
            answers.add(messages.appendAsync(toBob()).toCompletableFuture()
                    .thenApply(appended -> appended.message().seq().value() + " on " + Thread.currentThread().getName()));
        }
        listener.awaitQueued(SENDERS);
        assertThat(answers).noneMatch(CompletableFuture::isDone);
        assertThat(pendingSeqsOf(bob)).isEmpty();
        hold.release();

        List<String> answered = new ArrayList<>();
        for (CompletableFuture<String> answer : answers) {
            answered.add(answer.get(10, TimeUnit.SECONDS));
        }
        String answersThread = "parley-" + vendor().name().toLowerCase(Locale.ROOT) + "-answers-";
        assertThat(answered).map(answer -> answer.substring(0, answer.indexOf(" on ")))
                .isEqualTo(LongStream.rangeClosed(1, SENDERS).mapToObj(Long::toString).toList());
        assertThat(answered).map(answer -> answer.substring(answer.indexOf(" on ") + 4)).allMatch(thread -> thread.startsWith(answersThread))
                .as("one recipient's appends are all answered by one thread").containsOnly(answered.get(0).substring(answered.get(0).indexOf(" on ") + 4));
        assertThat(listener.batchSizes()).endsWith(1, SENDERS);
    }

    @Test
    void appendsToSeveralRecipientsAreAnsweredInCommitOrderForEachRecipient() throws Exception {
        WriterHold hold = holdWriter();
        List<String> answered = Collections.synchronizedList(new ArrayList<>());
        List<CompletableFuture<?>> answers = new ArrayList<>();
        for (int i = 0; i < SENDERS; i++) {
            NewMessage draft = i % 2 == 0 ? toBob() : MessageDrafts.from(bob, alice).build();
            answers.add(messages.appendAsync(draft).toCompletableFuture()
                    .thenAccept(appended -> answered.add(appended.message().recipientUsername().value() + " " + appended.message().seq().value())));
        }
        listener.awaitQueued(SENDERS);
        hold.release();
        CompletableFuture.allOf(answers.toArray(CompletableFuture[]::new)).get(10, TimeUnit.SECONDS);

        List<Long> oneToHalf = LongStream.rangeClosed(1, SENDERS / 2).boxed().toList();
        for (User recipient : List.of(alice, bob)) {
            String name = recipient.username().value() + " ";
            assertThat(answered).filteredOn(answer -> answer.startsWith(name))
                    .map(answer -> Long.parseLong(answer.substring(name.length())))
                    .isEqualTo(oneToHalf);
        }
    }

    @Test
    void anAppendQueuedWithoutWaitingThatFailsIsAnsweredWithItsFailureAndItsNeighboursCommit() throws Exception {
        Message elsewhere = messages.append(MessageDrafts.from(bob, alice).build()).message();
        WriterHold hold = holdWriter();
        CompletableFuture<Appended> first = messages.appendAsync(toBob()).toCompletableFuture();
        CompletableFuture<Object> duplicate = database.writeAsync(handle -> database.writerStatements().run(handle,
                MessageRows.INSERT, statement -> MessageRows.insert(statement, elsewhere, Optional.empty())), stored -> { }, bob.id())
                .thenApply(Object.class::cast).toCompletableFuture();
        CompletableFuture<Appended> second = messages.appendAsync(toBob()).toCompletableFuture();
        listener.awaitQueued(3);
        hold.release();

        assertThat(first.get(10, TimeUnit.SECONDS).message().seq().value()).isEqualTo(1);
        assertThat(second.get(10, TimeUnit.SECONDS).message().seq().value()).isEqualTo(2);
        assertThat(catchThrowable(() -> duplicate.get(10, TimeUnit.SECONDS)))
                .isInstanceOf(ExecutionException.class)
                .hasCauseInstanceOf(WriterStatements.StatementFailedException.class);
        assertThat(pendingSeqsOf(bob)).containsExactly(1L, 2L);
    }

    @Test
    void aBatchRunAgainBecauseATaskThrewAnswersEachNeighbourWithItsLastRunAndFollowsUpEachCommitOnce() throws Exception {
        AtomicInteger runs = new AtomicInteger();
        WriterHold hold = holdWriter();
        Future<Message> append = queueAppend(toBob());
        Future<Integer> counting = queueWrite(handle -> {
            handle.execute("INSERT INTO mailbox_counters (user_id, last_seq) VALUES (?, 41)", alice.id().value());
            return runs.incrementAndGet();
        });
        Future<Object> throwing = queueWrite(handle -> {
            throw new IllegalStateException("boom");
        });
        hold.release();

        assertThat(append.get().seq().value()).isEqualTo(1);
        assertThat(counting.get()).isEqualTo(2);
        assertThat(causeOf(throwing)).hasMessage("boom");
        assertThat(listener.ranAgainInSavepoints()).containsExactly(3);
        // Stored once, counted once (the count is kept by the append's follow-up after the commit, where it keeps one).
        assertThat(pendingSeqsOf(bob)).containsExactly(1L);
        assertThat(mailboxes.pendingCount(bob.id(), Optional.empty())).isEqualTo(1);
        long aliceCounter = database.read(handle -> handle.createQuery("SELECT last_seq FROM mailbox_counters WHERE user_id = :alice")
                .bind("alice", alice.id().value()).mapTo(Long.class).one());
        assertThat(aliceCounter).isEqualTo(41);
    }

    @Test
    void twoAppendsWithOneIdempotencyKeyInOneBatchStoreOneMessage() throws Exception {
        NewMessage draft = MessageDrafts.from(alice, bob).key("once").build();
        WriterHold hold = holdWriter();
        Future<Appended> original = queue(() -> messages.append(draft));
        Future<Appended> retry = queue(() -> messages.append(MessageDrafts.from(alice, bob).key("once").build()));
        hold.release();

        assertThat(original.get().created()).isTrue();
        assertThat(retry.get().created()).isFalse();
        assertThat(retry.get().message()).isEqualTo(original.get().message());
        assertThat(pendingSeqsOf(bob)).containsExactly(1L);
    }

    @Test
    void aCommitThatFailsFailsEveryTaskOfItsBatchAndLeavesNothingBehind() throws Exception {
        database.write(handle -> handle.execute("CREATE TABLE deferred_check (id INTEGER PRIMARY KEY,"
                + " parent INTEGER REFERENCES deferred_check (id) DEFERRABLE INITIALLY DEFERRED)"));
        WriterHold hold = holdWriter();
        Future<Message> append = queueAppend(toBob());
        Future<Integer> dangling = queueWrite(handle -> handle.execute("INSERT INTO deferred_check VALUES (1, 99)"));
        hold.release();

        Throwable commitFailure = causeOf(append);
        assertThat(commitFailure).isNotNull().isSameAs(causeOf(dangling));
        assertThat(pendingSeqsOf(bob)).isEmpty();
        assertThat(messages.append(toBob()).message().seq().value()).isEqualTo(1);
    }

    @Test
    void aWriteIsNotReadableBeforeItsCallerIsAnsweredAndReadableOnceItIs() throws Exception {
        CountDownLatch neighbourInside = new CountDownLatch(1);
        CountDownLatch neighbourDone = new CountDownLatch(1);
        WriterHold hold = holdWriter();
        Future<Message> append = queueAppend(toBob());
        queueWrite(handle -> {
            neighbourInside.countDown();
            Latches.await(neighbourDone);
            return 0;
        });
        hold.release();
        Latches.await(neighbourInside);

        assertThat(append).isNotDone();
        assertThat(pendingSeqsOf(bob)).isEmpty();
        neighbourDone.countDown();
        Message appended = append.get();
        assertThat(messages.byId(appended.id())).contains(appended);
    }
}
