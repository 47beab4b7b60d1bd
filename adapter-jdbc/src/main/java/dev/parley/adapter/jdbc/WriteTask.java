package dev.parley.adapter.jdbc;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One caller's work for the group commit and the future its caller waits on. The writer thread runs the work and
 * keeps its outcome aside; the future completes only once the batch's transaction has ended, so a caller never
 * learns of a result that was not committed.
 *
 * <p>Interruption: a caller interrupted while its task is still queued withdraws it (the writer will skip it) and
 * fails with {@link WriteInterruptedException}: nothing of it was or will be written. Once the writer has claimed
 * the task, its outcome is already being decided, so the caller keeps waiting for it, without being interruptible,
 * and gets the real answer with its interrupt flag set again. Either way a caller told "failed" wrote nothing.
 */
final class WriteTask<R> {
    private static final Logger LOG = LoggerFactory.getLogger(WriteTask.class);

    private enum State { QUEUED, CLAIMED, WITHDRAWN }

    private final HandleCallback<R, RuntimeException> work;
    private final Consumer<? super R> committed;
    private final CompletableFuture<R> outcome = new CompletableFuture<>();
    private final AtomicReference<State> state = new AtomicReference<>(State.QUEUED);
    // Written and read by the writer thread only, between runIn and settle.
    private R result;
    private Throwable failure;

    WriteTask(HandleCallback<R, RuntimeException> work) {
        this(work, result -> { });
    }

    /** {@code committed} is handed the work's result once it is committed (and durable), before the caller hears. */
    WriteTask(HandleCallback<R, RuntimeException> work, Consumer<? super R> committed) {
        this.work = work;
        this.committed = committed;
    }

    /** The writer takes the task; false when its caller has withdrawn it. */
    boolean claim() {
        return state.compareAndSet(State.QUEUED, State.CLAIMED);
    }

    /**
     * Runs the work in the batch's transaction; false when it threw (the outcome is kept for {@link #settle}). May be
     * called again after the transaction was rolled back: the last run's outcome is the one that counts.
     */
    boolean runIn(Handle handle) {
        result = null;
        failure = null;
        try {
            result = work.withHandle(handle);
            return true;
        } catch (RuntimeException | Error e) {
            failure = e;
            return false;
        }
    }

    /** After the transaction committed: answers the caller with what its work returned or threw. */
    void settle() {
        if (failure == null) {
            try {
                committed.accept(result);
            } catch (RuntimeException | Error e) {
                // Committed all the same: the caller is told so; what failed is only the follow-up in memory.
                LOG.error("A committed write's follow-up failed", e);
            }
            outcome.complete(result);
        } else {
            outcome.completeExceptionally(failure);
        }
    }

    /** The batch failed as a whole (or the store is closing): nothing of this task was committed. */
    void fail(Throwable cause) {
        outcome.completeExceptionally(cause);
    }

    /** The outcome, completed by the thread that answers (writer or sync): callers add to it only through an executor of their own. */
    CompletableFuture<R> outcome() {
        return outcome;
    }

    /** Waits for the outcome and answers it, or throws what the work (or the batch's commit) threw. */
    R await() {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return outcome.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                    if (state.compareAndSet(State.QUEUED, State.WITHDRAWN)) {
                        throw new WriteInterruptedException(e);
                    }
                } catch (ExecutionException e) {
                    throw unchecked(e.getCause());
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** What a write failed with, as it is thrown to its caller: runtime exceptions as they are, errors rethrown. */
    static RuntimeException unchecked(Throwable cause) {
        if (cause instanceof RuntimeException runtime) {
            return runtime;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        return new IllegalStateException("the write failed", cause);
    }
}
