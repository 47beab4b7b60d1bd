package dev.parley.adapter.jdbc;

import dev.parley.ports.model.AgentName;
import dev.parley.ports.model.Content;
import dev.parley.ports.model.ConversationId;
import dev.parley.ports.model.IdempotencyKey;
import dev.parley.ports.model.Message;
import dev.parley.ports.model.MessageId;
import dev.parley.ports.model.MessageType;
import dev.parley.ports.model.Seq;
import dev.parley.ports.model.UserId;
import dev.parley.ports.model.Username;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * How a message is written to and read from {@code messages}: every field of the wire message, content as given. Whether
 * it is pending is a row of {@code pending_messages}, so an acknowledgement never rewrites the message's row.
 */
final class MessageRows {
    /** The columns {@link #message} and {@link #positioned} read. */
    static final String COLUMNS = "position, id, recipient_id, seq, conversation_id, in_reply_to, message_type, sender_id, "
            + "sender_username, sender_agent, recipient_username, recipient_agent, content, created_at";

    /** A message with its global store position, the order of history. */
    record Positioned(long position, Message message) {
    }

    private MessageRows() {
    }

    /** Stores a numbered message: the statement {@link #insert} fills. Its pending row is {@link #INSERT_PENDING}'s. */
    static final String INSERT = """
            INSERT INTO messages (id, recipient_id, seq, conversation_id, in_reply_to, message_type, sender_id,
                sender_username, sender_agent, recipient_username, recipient_agent, content, created_at,
                idempotency_key)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    /** Marks a numbered message pending for its recipient: the statement {@link #insertPending} fills. */
    static final String INSERT_PENDING = "INSERT INTO pending_messages (recipient_id, seq, recipient_agent) VALUES (?, ?, ?)";

    /** Sets the parameters of {@link #INSERT} for a numbered message and runs it; answers the rows stored (1). */
    static int insert(PreparedStatement statement, Message message, Optional<IdempotencyKey> key) throws SQLException {
        statement.setString(1, message.id().value());
        statement.setString(2, message.recipientId().value());
        statement.setLong(3, message.seq().value());
        statement.setString(4, message.conversationId().value());
        statement.setString(5, message.inReplyTo().map(MessageId::value).orElse(null));
        statement.setString(6, message.type().name());
        statement.setString(7, message.senderId().value());
        statement.setString(8, message.senderUsername().value());
        statement.setString(9, message.senderAgent().map(AgentName::value).orElse(null));
        statement.setString(10, message.recipientUsername().value());
        statement.setString(11, message.recipientAgent().map(AgentName::value).orElse(null));
        statement.setString(12, message.content().json());
        statement.setLong(13, message.createdAt().toEpochMilli());
        statement.setString(14, key.map(IdempotencyKey::value).orElse(null));
        return statement.executeUpdate();
    }

    /** Sets the parameters of {@link #INSERT_PENDING} for a numbered message and runs it; answers the rows stored (1). */
    static int insertPending(PreparedStatement statement, Message message) throws SQLException {
        statement.setString(1, message.recipientId().value());
        statement.setLong(2, message.seq().value());
        statement.setString(3, message.recipientAgent().map(AgentName::value).orElse(null));
        return statement.executeUpdate();
    }

    /**
     * The message a sender stored under an idempotency key: the statement {@link #bySenderKey} fills on the writer's
     * own prepared statement ({@link WriterStatements}); readers bind its two parameters by position.
     */
    static final String BY_SENDER_KEY = "SELECT " + COLUMNS + " FROM messages WHERE sender_id = ? AND idempotency_key = ?";

    /** Sets the parameters of {@link #BY_SENDER_KEY} and runs it; answers the message, if {@code sender} used {@code key}. */
    static Optional<Message> bySenderKey(PreparedStatement statement, UserId sender, IdempotencyKey key) throws SQLException {
        statement.setString(1, sender.value());
        statement.setString(2, key.value());
        try (ResultSet rs = statement.executeQuery()) {
            return rs.next() ? Optional.of(message(rs)) : Optional.empty();
        }
    }

    /** Reads the message on the current row (a Jdbi row mapper). */
    static Message message(ResultSet rs, StatementContext ctx) throws SQLException {
        return message(rs);
    }

    private static Message message(ResultSet rs) throws SQLException {
        return new Message(
                new MessageId(rs.getString("id")),
                new Seq(rs.getLong("seq")),
                new ConversationId(rs.getString("conversation_id")),
                optional(rs, "in_reply_to").map(MessageId::new),
                MessageType.valueOf(rs.getString("message_type")),
                new UserId(rs.getString("sender_id")),
                new Username(rs.getString("sender_username")),
                optional(rs, "sender_agent").map(AgentName::new),
                new UserId(rs.getString("recipient_id")),
                new Username(rs.getString("recipient_username")),
                optional(rs, "recipient_agent").map(AgentName::new),
                Content.json(rs.getString("content")),
                Instant.ofEpochMilli(rs.getLong("created_at")));
    }

    static Positioned positioned(ResultSet rs, StatementContext ctx) throws SQLException {
        return new Positioned(rs.getLong("position"), message(rs));
    }

    private static Optional<String> optional(ResultSet rs, String column) throws SQLException {
        return Optional.ofNullable(rs.getString(column));
    }
}
