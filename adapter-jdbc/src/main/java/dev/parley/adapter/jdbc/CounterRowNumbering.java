package dev.parley.adapter.jdbc;

import dev.parley.ports.model.UserId;
import java.sql.ResultSet;
import org.jdbi.v3.core.Handle;

/**
 * Numbering by the recipient's {@code mailbox_counters} row, one statement per append, for a database other nodes
 * write too (PostgreSQL): the statement locks the row until commit, so a later seq of that recipient can neither be
 * handed out twice nor become readable before an earlier one, whichever node takes it.
 */
final class CounterRowNumbering implements Numbering {
    // One statement takes the counter row and answers the new seq (RETURNING: SQLite 3.35+ and PostgreSQL).
    private static final String NEXT_SEQ = """
            INSERT INTO mailbox_counters (user_id, last_seq) VALUES (?, 1)
            ON CONFLICT (user_id) DO UPDATE SET last_seq = mailbox_counters.last_seq + 1
            RETURNING last_seq""";

    private final WriterStatements statements;

    CounterRowNumbering(WriterStatements statements) {
        this.statements = statements;
    }

    @Override
    public long next(Handle handle, UserId recipient) {
        return statements.run(handle, NEXT_SEQ, statement -> {
            statement.setString(1, recipient.value());
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }
}
