package dev.parley.adapter.jdbc;

import dev.parley.ports.model.UserId;
import org.jdbi.v3.core.Handle;

/**
 * How an append takes its recipient's next seq, inside its write task: from the recipient's {@code mailbox_counters}
 * row where other nodes may write the database ({@link CounterRowNumbering}), from the writer's memory where this
 * process alone does ({@link SeqCounters}). Either way a seq given back by a rollback is handed out again, so each
 * recipient's seqs stay gap-free and increase in commit order.
 */
interface Numbering {
    /** The recipient's next seq, taken in the write task's transaction on {@code handle}. */
    long next(Handle handle, UserId recipient);
}
