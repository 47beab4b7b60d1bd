package dev.parley.adapter.jdbc;

import java.sql.PreparedStatement;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tasks the writer took together, run in ONE transaction in queue order, each inside its own savepoint: a task that
 * throws is rolled back to its savepoint and fails alone, its neighbours commit. The callers are answered only
 * after the commit (and, where the commit itself does not reach the disk, once it has: see {@link WalSync}); if the
 * transaction cannot commit, every task fails with that cause. A lone task needs no
 * savepoint: if it throws, the whole transaction is rolled back.
 */
final class WriteBatch {
    private static final Logger LOG = LoggerFactory.getLogger(WriteBatch.class);

    private static final String SAVEPOINT = "SAVEPOINT task";
    private static final String RELEASE = "RELEASE SAVEPOINT task";
    private static final String ROLLBACK_TO = "ROLLBACK TO SAVEPOINT task";

    private final List<WriteTask<?>> tasks;
    private final WriterStatements statements;
    /** Why the transaction did not commit; set by the writer thread, read by whoever answers after it. */
    private volatile Throwable failure;

    WriteBatch(List<WriteTask<?>> tasks, WriterStatements statements) {
        this.tasks = List.copyOf(tasks);
        this.statements = statements;
    }

    int size() {
        return tasks.size();
    }

    /**
     * Runs and commits the batch on a connection of {@code writes}; its callers are answered by {@link #answer()}.
     * Never throws; answers whether the transaction committed.
     */
    boolean commitOn(Jdbi writes) {
        Handle handle;
        try {
            handle = writes.open();
        } catch (RuntimeException | Error e) {
            failure = e;
            return false;
        }
        try {
            runAndCommit(handle);
        } catch (RuntimeException | Error e) {
            failure = e;
            closeQuietly(handle);
            return false;
        }
        closeQuietly(handle);
        return true;
    }

    /** Answers every caller: each with its own outcome if the transaction committed, all with its failure if not. */
    void answer() {
        if (failure == null) {
            tasks.forEach(WriteTask::settle);
        } else {
            failAll(failure);
        }
    }

    /** The transaction committed but could not be made durable: every caller hears so. */
    void failUndurable(Throwable cause) {
        failAll(cause);
    }

    /** Commits when at least one task succeeded, else rolls back; throws when the transaction did not commit. */
    private void runAndCommit(Handle handle) {
        handle.begin();
        try {
            boolean anySucceeded = tasks.size() == 1 ? tasks.get(0).runIn(handle) : runEachInSavepoint(handle);
            if (anySucceeded) {
                handle.commit();
            } else {
                handle.rollback();
            }
        } catch (RuntimeException | Error e) {
            rollbackQuietly(handle, e);
            throw e;
        }
    }

    private boolean runEachInSavepoint(Handle handle) {
        boolean anySucceeded = false;
        for (WriteTask<?> task : tasks) {
            execute(handle, SAVEPOINT);
            if (task.runIn(handle)) {
                execute(handle, RELEASE);
                anySucceeded = true;
            } else {
                execute(handle, ROLLBACK_TO);
                execute(handle, RELEASE);
            }
        }
        return anySucceeded;
    }

    /** One savepoint statement, prepared once on the writer's connection where it can be (they run for every task). */
    private void execute(Handle handle, String savepointStatement) {
        statements.run(handle, savepointStatement, PreparedStatement::execute);
    }

    private void failAll(Throwable cause) {
        tasks.forEach(task -> task.fail(cause));
    }

    private static void rollbackQuietly(Handle handle, Throwable cause) {
        try {
            handle.rollback();
        } catch (RuntimeException e) {
            cause.addSuppressed(e);
        }
    }

    private static void closeQuietly(Handle handle) {
        try {
            handle.close();
        } catch (RuntimeException e) {
            LOG.warn("Could not close the writer connection cleanly", e);
        }
    }
}
