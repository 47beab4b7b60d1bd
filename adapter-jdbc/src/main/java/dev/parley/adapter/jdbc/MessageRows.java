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
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.StatementContext;

/** How a message is written to and read from {@code messages}: every field of the wire message, content as given. */
final class MessageRows {
    /** The columns {@link #message} and {@link #positioned} read. */
    static final String COLUMNS = "position, id, recipient_id, seq, conversation_id, in_reply_to, message_type, sender_id, "
            + "sender_username, sender_agent, recipient_username, recipient_agent, content, created_at";

    /** A message with its global store position, the order of history. */
    record Positioned(long position, Message message) {
    }

    private MessageRows() {
    }

    /** Stores a numbered message as pending for its recipient. */
    static void insert(Handle handle, Message message, Optional<IdempotencyKey> key) {
        handle.createUpdate("""
                        INSERT INTO messages (id, recipient_id, seq, conversation_id, in_reply_to, message_type, sender_id,
                            sender_username, sender_agent, recipient_username, recipient_agent, content, created_at,
                            idempotency_key, pending)
                        VALUES (:id, :recipient, :seq, :conversation, :inReplyTo, :type, :sender,
                            :senderUsername, :senderAgent, :recipientUsername, :recipientAgent, :content, :createdAt,
                            :key, :pending)""")
                .bind("id", message.id().value())
                .bind("recipient", message.recipientId().value())
                .bind("seq", message.seq().value())
                .bind("conversation", message.conversationId().value())
                .bind("inReplyTo", message.inReplyTo().map(MessageId::value).orElse(null))
                .bind("type", message.type().name())
                .bind("sender", message.senderId().value())
                .bind("senderUsername", message.senderUsername().value())
                .bind("senderAgent", message.senderAgent().map(AgentName::value).orElse(null))
                .bind("recipientUsername", message.recipientUsername().value())
                .bind("recipientAgent", message.recipientAgent().map(AgentName::value).orElse(null))
                .bind("content", message.content().json())
                .bind("createdAt", message.createdAt().toEpochMilli())
                .bind("key", key.map(IdempotencyKey::value).orElse(null))
                .bind("pending", true)
                .execute();
    }

    static Message message(ResultSet rs, StatementContext ctx) throws SQLException {
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
        return new Positioned(rs.getLong("position"), message(rs, ctx));
    }

    private static Optional<String> optional(ResultSet rs, String column) throws SQLException {
        return Optional.ofNullable(rs.getString(column));
    }
}
