package dev.parley.adapter.jdbc;

import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tasks the writer took together, run in ONE transaction in queue order; a task that throws fails alone, its
 * neighbours commit. The callers are answered only after the commit (and, where the commit itself does not reach the
 * disk, once it has: see {@link WalSync}); if the transaction cannot commit (or the writer's memory cannot be
 * written into it just before), every task fails with that cause.
 *
 * <p>Optimistic: the tasks first run one after the other with nothing in between, which is what nearly every batch
 * needs. Only if one of them throws is the transaction rolled back and the batch run again from the start, each task
 * inside its own savepoint, so the failing one is undone alone. A savepoint is not free: SQLite keeps an undo copy of
 * every page a task changes under one (its statement journal), PostgreSQL takes a round trip for each. A task's work
 * may therefore run twice; it must act on the database only (what it changes in memory belongs in its
 * {@code committed} step, which runs once, after the commit), or on the writer's {@link WriterMemory}, which the batch
 * takes through every savepoint, rollback and commit as the database goes. A lone task needs no second run: if it
 * throws, the whole transaction is rolled back.
 */
final class WriteBatch {
    private static final Logger LOG = LoggerFactory.getLogger(WriteBatch.class);

    private final List<WriteTask<?>> tasks;
    private final WriteListener listener;
    private final WriterMemory memory;
    /** Why the transaction did not commit; set by the writer thread, read by whoever answers after it. */
    private volatile Throwable failure;

    WriteBatch(List<WriteTask<?>> tasks, WriteListener listener, WriterMemory memory) {
        this.tasks = List.copyOf(tasks);
        this.listener = listener;
        this.memory = memory;
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
            if (!(runAll(handle) || runAgainInSavepoints(handle))) {
                rollback(handle);
                return;
            }
            memory.beforeCommit(handle);
            handle.commit();
        } catch (RuntimeException | Error e) {
            rollbackQuietly(handle, e);
            throw e;
        }
        memory.committed();
    }

    /** Runs the tasks in order, without savepoints; false as soon as one throws (the ones after it do not run). */
    private boolean runAll(Handle handle) {
        for (WriteTask<?> task : tasks) {
            if (!task.runIn(handle)) {
                return false;
            }
        }
        return true;
    }

    /** After a task threw: undoes the whole run and runs every task again, each in a savepoint; true if any succeeded. */
    private boolean runAgainInSavepoints(Handle handle) {
        if (tasks.size() == 1) {
            return false;
        }
        rollback(handle);
        report();
        handle.begin();
        return runEachInSavepoint(handle);
    }

    private boolean runEachInSavepoint(Handle handle) {
        boolean anySucceeded = false;
        for (int i = 0; i < tasks.size(); i++) {
            String savepoint = "task" + i;
            handle.savepoint(savepoint);
            memory.savepointSet();
            if (tasks.get(i).runIn(handle)) {
                handle.releaseSavepoint(savepoint);
                anySucceeded = true;
            } else {
                memory.rolledBackToSavepoint();
                handle.rollbackToSavepoint(savepoint);
            }
        }
        return anySucceeded;
    }

    private void report() {
        try {
            listener.ranAgainInSavepoints(tasks.size());
        } catch (RuntimeException e) {
            LOG.warn("A write listener failed", e);
        }
    }

    private void failAll(Throwable cause) {
        tasks.forEach(task -> task.fail(cause));
    }

    /** The memory first: it forgets the transaction's changes even if the database's rollback throws. */
    private void rollback(Handle handle) {
        memory.rolledBack();
        handle.rollback();
    }

    private void rollbackQuietly(Handle handle, Throwable cause) {
        memory.rolledBack();
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
