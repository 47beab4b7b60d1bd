package dev.parley.adapter.jdbc;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one writer of a database: callers queue their write and wait; a single thread takes everything queued (up to
 * {@value #MAX_BATCH} tasks), runs it in one transaction ({@link WriteBatch}) and commits once, so concurrent
 * writers share a commit (one fsync) instead of each paying for its own. There is no timer: a lone task is
 * committed at once, and batches form by themselves while a commit is under way.
 *
 * <p>Tasks run in queue order on one connection, so whatever a task numbers (a recipient's seqs) is numbered in
 * that order and made visible by one commit. A task's work may run twice (see {@link WriteBatch}): it acts on the
 * database only, or on the writer's {@link WriterMemory}, and leaves whatever else it changes in memory to its
 * {@code committed} step. A task must not call
 * {@link #write} itself: it would wait for its own thread, so that is refused with {@link IllegalStateException}.
 */
final class GroupCommit implements AutoCloseable {
    static final int MAX_BATCH = 256;
    /**
     * Threads that run what callers chain to {@link #writeAsync}: delivering a stored message and confirming it to its
     * sender is most of a send's work, which one thread would do for every connection of the node in turn.
     */
    static final int ANSWER_THREADS = Math.max(2, Runtime.getRuntime().availableProcessors());
    private static final Logger LOG = LoggerFactory.getLogger(GroupCommit.class);

    private final Jdbi writes;
    private final WriteQueue queue;
    private final WriteListener listener;
    private final WriterMemory memory;
    private final Thread writer;
    /** Single threads: the answers of one order key all go to the same one, in commit order. */
    private final List<ExecutorService> answers;
    private final Optional<WalSync> walSync;

    private GroupCommit(Jdbi writes, String threadPrefix, WriteListener listener, WriterMemory memory,
            Optional<Path> syncedLogOf) {
        this.writes = writes;
        this.memory = memory;
        this.walSync = syncedLogOf.map(database -> WalSync.start(database, threadPrefix + "-sync", listener));
        this.queue = new WriteQueue(listener);
        this.listener = listener;
        this.writer = new Thread(this::drain, threadPrefix + "-writer");
        writer.setDaemon(true);
        this.answers = IntStream.rangeClosed(1, ANSWER_THREADS)
                .mapToObj(n -> Executors.newSingleThreadExecutor(runnable -> {
                    Thread thread = new Thread(runnable, threadPrefix + "-answers-" + n);
                    thread.setDaemon(true);
                    return thread;
                }))
                .toList();
    }

    /**
     * Starts the writer thread, named {@code threadPrefix-writer}, on the connections of {@code writes}; its
     * transactions take {@code memory} along. With {@code syncedLogOf} (a SQLite file whose writer commits without
     * syncing), callers are answered only once {@link WalSync} has synced its write-ahead log.
     */
    static GroupCommit start(Jdbi writes, String threadPrefix, WriteListener listener, WriterMemory memory,
            Optional<Path> syncedLogOf) {
        GroupCommit groupCommit = new GroupCommit(writes, threadPrefix, listener, memory, syncedLogOf);
        groupCommit.writer.start();
        return groupCommit;
    }

    /**
     * Runs {@code work} in the next transaction and answers its result once that transaction has committed; throws
     * what the work threw (nothing of it committed), or the commit's failure. See {@link WriteTask} on interrupts.
     */
    <R> R write(HandleCallback<R, RuntimeException> work) {
        return write(work, result -> { });
    }

    /** As {@link #write(HandleCallback)}; {@code committed} gets the result once committed, before the caller, in commit order. */
    <R> R write(HandleCallback<R, RuntimeException> work, Consumer<? super R> committed) {
        if (Thread.currentThread() == writer) {
            throw new IllegalStateException("a write task may not wait for another write: it would wait for itself");
        }
        WriteTask<R> task = new WriteTask<>(work, committed);
        queue.submit(task);
        return task.await();
    }

    /**
     * Queues {@code work} for the next transaction and answers at once; the stage completes once that transaction has
     * committed, with the result (after {@code committed} had it), or with what the work or the commit threw. Writes
     * queued by one thread run, and commit, in the order they were queued. What the caller chains to the stage runs on
     * one of this database's answers threads, never on the writer (or the sync thread), which only write: the same
     * one for every write of equal {@code orderKey}, so those are answered in commit order (writes of different keys
     * may be answered side by side).
     */
    <R> CompletionStage<R> writeAsync(HandleCallback<R, RuntimeException> work, Consumer<? super R> committed, Object orderKey) {
        ExecutorService answering = answers.get(Math.floorMod(orderKey.hashCode(), answers.size()));
        WriteTask<R> task = new WriteTask<>(work, committed);
        queue.submit(task);
        CompletableFuture<R> answered = new CompletableFuture<>();
        task.outcome().whenCompleteAsync((result, failure) -> {
            if (failure == null) {
                answered.complete(result);
            } else {
                answered.completeExceptionally(failure instanceof CompletionException wrapped ? wrapped.getCause() : failure);
            }
        }, answer -> answer(answering, answer));
        return answered;
    }

    /** Runs an answer on its answers thread; once that is shut down (a close that went ahead), on the calling thread. */
    private static void answer(ExecutorService answering, Runnable answer) {
        try {
            answering.execute(answer);
        } catch (RejectedExecutionException closed) {
            answer.run();
        }
    }

    /**
     * Refuses new writes, lets the writer commit everything already queued, and waits for it to stop. If the closing
     * thread is interrupted meanwhile, the tasks still queued fail instead and this returns at once.
     */
    @Override
    public void close() {
        queue.close();
        try {
            writer.join();
        } catch (InterruptedException e) {
            queue.failQueued(new IllegalStateException("the store was closed before this write could run"));
            Thread.currentThread().interrupt();
        } finally {
            // Batches already ended are still answered, and what is handed to the answers thread still runs.
            walSync.ifPresent(WalSync::close);
            answers.forEach(ExecutorService::shutdown);
        }
    }

    private void drain() {
        List<WriteTask<?>> tasks = queue.take(MAX_BATCH);
        while (!tasks.isEmpty()) {
            WriteBatch batch = new WriteBatch(tasks, listener, memory);
            batch.commitOn(writes);
            report(batch.size());
            if (walSync.isPresent()) {
                walSync.get().submit(batch);
            } else {
                batch.answer();
            }
            tasks = queue.take(MAX_BATCH);
        }
    }

    private void report(int size) {
        try {
            listener.batchEnded(size);
        } catch (RuntimeException e) {
            LOG.warn("A write listener failed", e);
        }
    }
}
