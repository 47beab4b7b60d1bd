package dev.parley.adapter.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import org.jdbi.v3.core.Handle;

/**
 * The statements every send runs on the writer (number the message, store it, acknowledge), in plain JDBC. On SQLite
 * the writer has one connection for its whole life, so each statement is prepared on it once and reused: no parsing
 * and no binding machinery per message. On PostgreSQL, where the writer's connection may differ from one batch to the
 * next, each use prepares and closes its statement (the driver keeps the server-side plan).
 *
 * <p>Used on the writer thread only (inside write tasks), which is what makes the unguarded cache safe.
 */
final class WriterStatements {
    /** Work on a prepared statement whose parameters are not yet set. */
    @FunctionalInterface
    interface StatementWork<R> {
        R apply(PreparedStatement statement) throws SQLException;
    }

    private final boolean reuse;
    private final Map<String, PreparedStatement> prepared = new HashMap<>();
    private Connection preparedOn;

    private WriterStatements(boolean reuse) {
        this.reuse = reuse;
    }

    static WriterStatements of(Vendor vendor) {
        return new WriterStatements(vendor == Vendor.SQLITE);
    }

    /** Runs {@code work} on the statement for {@code sql} in the write task's transaction; SQL failures come out unchecked. */
    <R> R run(Handle handle, String sql, StatementWork<R> work) {
        try {
            if (!reuse) {
                try (PreparedStatement statement = handle.getConnection().prepareStatement(sql)) {
                    return work.apply(statement);
                }
            }
            PreparedStatement statement = statementFor(handle.getConnection().unwrap(Connection.class), sql);
            statement.clearParameters();
            return work.apply(statement);
        } catch (SQLException e) {
            throw new StatementFailedException(sql, e);
        }
    }

    /** Prepared on the driver's own connection (the pool's wrapper would close it when the batch gives it back). */
    private PreparedStatement statementFor(Connection connection, String sql) throws SQLException {
        if (connection != preparedOn) {
            // The pool replaced the connection: the old one's statements went with it.
            prepared.clear();
            preparedOn = connection;
        }
        PreparedStatement statement = prepared.get(sql);
        if (statement == null || statement.isClosed()) {
            statement = connection.prepareStatement(sql);
            prepared.put(sql, statement);
        }
        return statement;
    }

    /** A statement of the writer failed; its cause is the driver's {@link SQLException}. */
    static final class StatementFailedException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        StatementFailedException(String sql, SQLException cause) {
            super("statement failed: " + sql.strip().lines().findFirst().orElse(sql) + ": " + cause.getMessage(), cause);
        }
    }
}
