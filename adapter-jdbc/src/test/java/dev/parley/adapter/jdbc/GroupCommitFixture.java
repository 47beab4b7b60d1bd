package dev.parley.adapter.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.parley.ports.model.AgentSelection;
import dev.parley.ports.model.Appended;
import dev.parley.ports.model.Message;
import dev.parley.ports.model.NewMessage;
import dev.parley.ports.model.Seq;
import dev.parley.ports.model.User;
import dev.parley.ports.model.UserAccount;
import dev.parley.ports.out.contract.MessageDrafts;
import dev.parley.ports.out.contract.TestData;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jdbi.v3.core.HandleCallback;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * A fresh database per test with its stores, a recording listener on its writer, two users, and helpers to hold the
 * writer and queue work behind it in a known order.
 */
abstract class GroupCommitFixture {
    protected final RecordingListener listener = new RecordingListener();
    protected final ExecutorService threads = Executors.newCachedThreadPool();
    protected ScratchDatabase scratch;
    protected Database database;
    protected JdbcMessages messages;
    protected JdbcMailboxes mailboxes;
    protected User alice;
    protected User bob;
    private int queued;

    /** The database these tests run on. */
    protected abstract Vendor vendor();

    @BeforeEach
    void openDatabase() throws Exception {
        scratch = ScratchDatabase.create(vendor());
        openStores();
        alice = stored("alice");
        bob = stored("bob");
    }

    /** Closes the database and opens it again with new stores: what they find is what reached the disk. */
    protected void reopen() {
        database.close();
        openStores();
    }

    private void openStores() {
        database = Database.open(scratch.url(), Optional.empty(), Optional.empty(), listener);
        PendingTally tally = PendingTally.on(database);
        messages = new JdbcMessages(database, tally);
        mailboxes = new JdbcMailboxes(database, tally);
    }

    @AfterEach
    void closeDatabase() throws Exception {
        threads.shutdownNow();
        database.close();
        scratch.drop();
    }

    /** Holds the writer inside a task of its own: what is queued from now on waits for {@link WriterHold#release}. */
    protected WriterHold holdWriter() throws Exception {
        queued = 0;
        return WriterHold.take(database, threads, listener);
    }

    /** Calls {@code call} on a thread of its own and returns once its write is queued (behind a held writer). */
    protected <T> Future<T> queue(Callable<T> call) throws InterruptedException {
        Future<T> future = threads.submit(call);
        listener.awaitQueued(++queued);
        return future;
    }

    protected <T> Future<T> queueWrite(HandleCallback<T, RuntimeException> work) throws InterruptedException {
        return queue(() -> database.write(work));
    }

    protected Future<Message> queueAppend(NewMessage draft) throws InterruptedException {
        return queue(() -> messages.append(draft).message());
    }

    /** Queues an append without waiting for it, on the calling thread, and returns once it is queued. */
    protected CompletableFuture<Appended> queueAppendAsync(NewMessage draft) throws InterruptedException {
        CompletableFuture<Appended> answer = messages.appendAsync(draft).toCompletableFuture();
        listener.awaitQueued(++queued);
        return answer;
    }

    protected NewMessage toBob() {
        return MessageDrafts.from(alice, bob).build();
    }

    protected NewMessage toAlice() {
        return MessageDrafts.from(bob, alice).build();
    }

    protected List<Long> pendingSeqsOf(User user) {
        return mailboxes.pending(user.id(), AgentSelection.all(), Seq.ZERO, 1_000).stream()
                .map(message -> message.seq().value())
                .toList();
    }

    /** What the write behind {@code future} failed with (it must have failed). */
    protected static Throwable causeOf(Future<?> future) {
        Throwable thrown = catchThrowable(future::get);
        assertThat(thrown).isInstanceOf(ExecutionException.class);
        return thrown.getCause();
    }

    private User stored(String name) {
        UserAccount account = TestData.account(name);
        new JdbcUsers(database).add(account);
        return account.user();
    }
}
