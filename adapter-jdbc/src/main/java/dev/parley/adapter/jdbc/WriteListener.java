package dev.parley.adapter.jdbc;

/**
 * What the group commit reports as it works: a hook for tests, which must not depend on timing to know that tasks
 * are queued or how many shared one transaction. Called on the thread that does the work; keep it quick.
 */
interface WriteListener {
    /** Reports nothing. */
    WriteListener NONE = new WriteListener() {
    };

    /** A task joined the queue, which now holds {@code queued} tasks. */
    default void enqueued(int queued) {
    }

    /** The queue was closed: from now on writes are refused. */
    default void closing() {
    }

    /** A task of a batch of {@code tasks} threw: the batch is being run again from the start, each task in a savepoint. */
    default void ranAgainInSavepoints(int tasks) {
    }

    /** One transaction holding {@code tasks} tasks ended, committed or not; its callers are being answered (or, on SQLite, are once it is durable). */
    default void batchEnded(int tasks) {
    }

    /** SQLite: the write-ahead log was synced for {@code batches} ended batches, whose callers are answered next. */
    default void madeDurable(int batches) {
    }
}
