package dev.parley.adapter.jdbc;

import dev.parley.ports.model.UserId;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jdbi.v3.core.Handle;

/**
 * Numbering in the writer's memory, for a database this process alone writes (SQLite, held by {@link SqliteLock}):
 * an append takes the recipient's next seq without a statement, and each recipient's {@code mailbox_counters} row is
 * written once per batch, just before its commit, instead of once per message.
 *
 * <p>The seqs a transaction takes are tentative until it commits ({@link WriterMemory}): a task undone to its
 * savepoint gives its seqs back, a transaction rolled back or failing to commit gives back all of them, and the next
 * transaction numbers from the committed state again, as the database would after undoing a per-message counter
 * update. The committed last seqs are those the rows hold, so any of them may be forgotten and read again from its row
 * (a recipient without one has had no message: 0): only the {@value #REMEMBERED_RECIPIENTS} most recently numbered
 * for are kept, so the memory does not grow with the number of users.
 *
 * <p>Used on the writer thread only, which is what makes the unguarded maps safe.
 */
final class SeqCounters implements Numbering, WriterMemory {
    private static final int REMEMBERED_RECIPIENTS = 100_000;
    private static final String LAST_SEQ = "SELECT last_seq FROM mailbox_counters WHERE user_id = ?";
    private static final String SET_LAST_SEQ = """
            INSERT INTO mailbox_counters (user_id, last_seq) VALUES (?, ?)
            ON CONFLICT (user_id) DO UPDATE SET last_seq = excluded.last_seq""";

    private final WriterStatements statements;
    /** Last seqs as committed, by recipient id, least recently used first. */
    private final Map<String, Long> committed;
    /** The last seq this transaction took, for each recipient it numbered for. */
    private final Map<String, Long> tentative = new HashMap<>();
    /** Since the last savepoint (or the transaction's start): each recipient numbered for, with its last seq before. */
    private final Map<String, Long> beforeSavepoint = new HashMap<>();

    SeqCounters(WriterStatements statements) {
        this(statements, REMEMBERED_RECIPIENTS);
    }

    /** Keeps the committed last seqs of at most {@code remembered} recipients. */
    SeqCounters(WriterStatements statements, int remembered) {
        this.statements = statements;
        this.committed = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Long> eldest) {
                return size() > remembered;
            }
        };
    }

    @Override
    public long next(Handle handle, UserId recipient) {
        String id = recipient.value();
        Long tentativeLast = tentative.get(id);
        long last = tentativeLast != null ? tentativeLast : committedLast(handle, id);
        beforeSavepoint.putIfAbsent(id, last);
        tentative.put(id, last + 1);
        return last + 1;
    }

    @Override
    public void savepointSet() {
        beforeSavepoint.clear();
    }

    @Override
    public void rolledBackToSavepoint() {
        tentative.putAll(beforeSavepoint);
        beforeSavepoint.clear();
    }

    /** One statement per recipient whose last seq moved (a task undone may have left it where it was). */
    @Override
    public void beforeCommit(Handle handle) {
        tentative.forEach((id, last) -> {
            if (!last.equals(committed.get(id))) {
                statements.run(handle, SET_LAST_SEQ, statement -> {
                    statement.setString(1, id);
                    statement.setLong(2, last);
                    return statement.executeUpdate();
                });
            }
        });
    }

    @Override
    public void committed() {
        committed.putAll(tentative);
        forgetTransaction();
    }

    @Override
    public void rolledBack() {
        forgetTransaction();
    }

    private void forgetTransaction() {
        tentative.clear();
        beforeSavepoint.clear();
    }

    /**
     * Read in the transaction, which holds the committed value: the row is written by {@link #beforeCommit} alone,
     * after every task of the transaction has run.
     */
    private long committedLast(Handle handle, String id) {
        Long last = committed.get(id);
        if (last == null) {
            last = statements.run(handle, LAST_SEQ, statement -> {
                statement.setString(1, id);
                try (ResultSet rs = statement.executeQuery()) {
                    return rs.next() ? rs.getLong(1) : 0L;
                }
            });
            committed.put(id, last);
        }
        return last;
    }
}
