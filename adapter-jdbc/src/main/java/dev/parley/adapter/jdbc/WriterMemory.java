package dev.parley.adapter.jdbc;

import org.jdbi.v3.core.Handle;

/**
 * State the writer keeps in memory in step with its transaction, so that write tasks may change it as they run
 * although a task's work may run twice ({@link WriteBatch}): the batch tells it whenever the database undoes a task or
 * the whole transaction, lets it write what it holds into the transaction just before the commit, and tells it once
 * the transaction committed. The batch and the savepoint machinery stay generic; what is kept, and how it is
 * written, is the implementation's. Called on the writer thread only.
 */
interface WriterMemory {
    /** Keeps nothing. */
    WriterMemory NONE = new WriterMemory() {
    };

    /** A task is about to run in a savepoint of its own: what it changes from now on may be undone. */
    default void savepointSet() {
    }

    /** The task since the last savepoint threw and the database undid it: so must this. */
    default void rolledBackToSavepoint() {
    }

    /** The transaction is about to commit: writes what it changed into it; throwing fails the whole batch. */
    default void beforeCommit(Handle handle) {
    }

    /** The transaction committed: what it changed is now the committed state. */
    default void committed() {
    }

    /** The transaction was rolled back, or could not commit: what it changed is forgotten. */
    default void rolledBack() {
    }
}
