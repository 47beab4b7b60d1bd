package dev.parley.adapter.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import dev.parley.ports.model.AgentName;
import dev.parley.ports.model.Message;
import dev.parley.ports.model.MessageId;
import dev.parley.ports.model.User;
import dev.parley.ports.model.UserAccount;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.flywaydb.core.Flyway;

/**
 * A scratch database at an older schema version, written as that version's store wrote it, and read back in plain
 * JDBC: what the upgrade tests build before they open the store (which runs the later migrations).
 */
final class OlderSchema {
    private final ScratchDatabase scratch;
    private final Vendor vendor;

    OlderSchema(ScratchDatabase scratch, Vendor vendor) {
        this.scratch = scratch;
        this.vendor = vendor;
    }

    /** Runs the migrations up to and including {@code version}, no further. */
    void migrateTo(String version) {
        try (HikariDataSource dataSource = new Pools(scratch.url(), vendor, Optional.empty(), Optional.empty()).migrations()) {
            Flyway.configure(Migrations.class.getClassLoader()).dataSource(dataSource).locations(Migrations.LOCATION)
                    .placeholders(vendor.migrationPlaceholders()).target(version).load().migrate();
        }
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(scratch.url());
    }

    static void insertUser(Connection connection, UserAccount account) throws SQLException {
        User user = account.user();
        update(connection, "INSERT INTO users (id, username, username_key, password_hash, created_at) VALUES (?, ?, ?, ?, ?)",
                user.id().value(), user.username().value(), user.username().key(), account.passwordHash().encoded(),
                user.createdAt().toEpochMilli());
    }

    /** Stores a message, pending, as the stores before version 6 did: the pending flag in the message's own row. */
    static void insertPendingBeforeVersion6(Connection connection, Message message) throws SQLException {
        update(connection, """
                INSERT INTO messages (id, recipient_id, seq, conversation_id, in_reply_to, message_type, sender_id,
                    sender_username, sender_agent, recipient_username, recipient_agent, content, created_at,
                    idempotency_key, pending)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, TRUE)""",
                message.id().value(), message.recipientId().value(), message.seq().value(), message.conversationId().value(),
                message.inReplyTo().map(MessageId::value).orElse(null), message.type().name(), message.senderId().value(),
                message.senderUsername().value(), message.senderAgent().map(AgentName::value).orElse(null),
                message.recipientUsername().value(), message.recipientAgent().map(AgentName::value).orElse(null),
                message.content().json(), message.createdAt().toEpochMilli());
    }

    static void update(Connection connection, String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.executeUpdate();
        }
    }

    List<String> indexesOf(String table) throws SQLException {
        return strings(vendor == Vendor.SQLITE
                ? "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = '" + table + "'"
                : "SELECT indexname FROM pg_indexes WHERE tablename = '" + table + "'");
    }

    List<String> columnsOf(String table) throws SQLException {
        return strings(vendor == Vendor.SQLITE
                ? "SELECT name FROM pragma_table_info('" + table + "')"
                : "SELECT column_name FROM information_schema.columns WHERE table_name = '" + table + "'");
    }

    /** The first column of every row {@code sql} answers. */
    List<String> strings(String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection connection = connect(); ResultSet rs = connection.createStatement().executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }
}
