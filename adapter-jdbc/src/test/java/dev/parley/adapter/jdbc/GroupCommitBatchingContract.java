package dev.parley.adapter.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.parley.ports.model.Appended;
import dev.parley.ports.model.Message;
import dev.parley.ports.model.NewMessage;
import dev.parley.ports.out.contract.MessageDrafts;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.stream.LongStream;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
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
    }

    @Test
    void aTaskThatThrowsFailsAloneAndItsNumberingIsUndoneWhileItsNeighboursCommit() throws Exception {
        Message elsewhere = messages.append(MessageDrafts.from(bob, alice).build()).message();
        RuntimeException boom = new IllegalStateException("boom");
        WriterHold hold = holdWriter();
        Future<Message> first = queueAppend(toBob());
        Future<Object> throwing = queueWrite(handle -> {
            handle.createUpdate("UPDATE mailbox_counters SET last_seq = last_seq + 1 WHERE user_id = :bob")
                    .bind("bob", bob.id().value()).execute();
            throw boom;
        });
        Future<Object> duplicate = queueWrite(handle -> {
            MessageRows.insert(handle, elsewhere, Optional.empty());
            return "stored twice";
        });
        Future<Message> second = queueAppend(toBob());
        hold.release();

        assertThat(first.get().seq().value()).isEqualTo(1);
        assertThat(second.get().seq().value()).isEqualTo(2);
        assertThat(causeOf(throwing)).isSameAs(boom);
        assertThat(causeOf(duplicate)).isInstanceOf(UnableToExecuteStatementException.class);
        assertThat(pendingSeqsOf(bob)).containsExactly(1L, 2L);
        assertThat(listener.batchSizes()).endsWith(1, 4);
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

    private static Throwable causeOf(Future<?> future) {
        Throwable thrown = catchThrowable(future::get);
        assertThat(thrown).isInstanceOf(ExecutionException.class);
        return thrown.getCause();
    }
}
