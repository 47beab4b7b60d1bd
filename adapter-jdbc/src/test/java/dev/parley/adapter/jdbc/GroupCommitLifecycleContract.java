package dev.parley.adapter.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.ports.model.Message;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** Closing and interrupting around the writer thread: every caller gets an answer, and "failed" means "not written". */
abstract class GroupCommitLifecycleContract extends GroupCommitFixture {

    @Test
    void closingLetsTheQueuedWritesCommitAndRefusesNewOnes() throws Exception {
        WriterHold hold = holdWriter();
        Future<Message> first = queueAppend(toBob());
        Future<Message> second = queueAppend(toBob());
        Future<?> closed = threads.submit(database::close);
        listener.awaitClosing();

        assertThatThrownBy(() -> database.write(handle -> 0)).isInstanceOf(IllegalStateException.class);
        hold.release();
        closed.get();
        assertThat(first.get().seq().value()).isEqualTo(1);
        assertThat(second.get().seq().value()).isEqualTo(2);
        database = Database.open(scratch.url(), Optional.empty(), Optional.empty(), listener);
        assertThat(new JdbcMailboxes(database, PendingTally.on(database)).pendingCount(bob.id(), Optional.empty())).isEqualTo(2);
    }

    @Test
    void anInterruptedCloseFailsTheQueuedWritesInsteadOfWaitingForThem() throws Exception {
        WriterHold hold = holdWriter();
        Future<Message> queued = queueAppend(toBob());
        Future<?> closed = threads.submit(() -> {
            Thread.currentThread().interrupt();
            database.close();
        });

        assertThatThrownBy(queued::get).isInstanceOf(ExecutionException.class)
                .hasCauseInstanceOf(IllegalStateException.class);
        hold.release();
        closed.get();
        database = Database.open(scratch.url(), Optional.empty(), Optional.empty(), listener);
        assertThat(new JdbcMailboxes(database, PendingTally.on(database)).pendingCount(bob.id(), Optional.empty())).isZero();
    }

    @Test
    void aCallerInterruptedWhileQueuedWithdrawsItsWriteAndNothingOfItRuns() throws Exception {
        AtomicBoolean ran = new AtomicBoolean();
        WriterHold hold = holdWriter();
        Caller caller = Caller.start(() -> database.write(handle -> ran.getAndSet(true)));
        listener.awaitQueued(1);
        caller.thread().interrupt();
        Answer answer = caller.answer().get();
        hold.release();
        hold.outcome().get();
        database.close();

        assertThat(answer.thrown()).containsInstanceOf(WriteInterruptedException.class);
        assertThat(answer.stillInterrupted()).isTrue();
        assertThat(ran).isFalse();
    }

    @Test
    void aCallerInterruptedOnceItsWriteRunsWaitsForTheCommitAndGetsItsResult() throws Exception {
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        Caller caller = Caller.start(() -> database.write(handle -> {
            inside.countDown();
            Latches.await(finish);
            return "committed";
        }));
        Latches.await(inside);
        caller.thread().interrupt();
        finish.countDown();
        Answer answer = caller.answer().get();

        assertThat(answer.value()).contains("committed");
        assertThat(answer.stillInterrupted()).isTrue();
    }

    /** What a caller's write answered, and whether its thread was still flagged as interrupted afterwards. */
    private record Answer(Optional<Object> value, Optional<Throwable> thrown, boolean stillInterrupted) {
    }

    /** A caller on a thread of its own, so that a test can interrupt it and still read its answer. */
    private record Caller(Thread thread, CompletableFuture<Answer> answer) {
        static Caller start(Callable<Object> write) {
            CompletableFuture<Answer> answer = new CompletableFuture<>();
            Thread thread = new Thread(() -> answer.complete(call(write)), "group-commit-test-caller");
            thread.start();
            return new Caller(thread, answer);
        }

        private static Answer call(Callable<Object> write) {
            try {
                Object value = write.call();
                return new Answer(Optional.of(value), Optional.empty(), Thread.currentThread().isInterrupted());
            } catch (Exception e) {
                return new Answer(Optional.empty(), Optional.of(e), Thread.currentThread().isInterrupted());
            }
        }
    }

    @Test
    void aWriteTaskThatWritesAgainIsRefusedInsteadOfWaitingForItself() {
        assertThatThrownBy(() -> database.write(handle -> database.write(inner -> 0)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("wait for itself");
    }
}
