package dev.parley.ports.model;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** A stored message with every field of the wire message; {@code seq} is the recipient's cursor. */
public record Message(
        MessageId id,
        Seq seq,
        ConversationId conversationId,
        Optional<MessageId> inReplyTo,
        MessageType type,
        UserId senderId,
        Username senderUsername,
        Optional<AgentName> senderAgent,
        UserId recipientId,
        Username recipientUsername,
        Optional<AgentName> recipientAgent,
        Content content,
        Instant createdAt) {

    public Message {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(seq, "seq");
        Objects.requireNonNull(conversationId, "conversationId");
        Objects.requireNonNull(inReplyTo, "inReplyTo");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(senderId, "senderId");
        Objects.requireNonNull(senderUsername, "senderUsername");
        Objects.requireNonNull(senderAgent, "senderAgent");
        Objects.requireNonNull(recipientId, "recipientId");
        Objects.requireNonNull(recipientUsername, "recipientUsername");
        Objects.requireNonNull(recipientAgent, "recipientAgent");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    /** Whether {@code user} sent or received this message. */
    public boolean involves(UserId user) {
        return senderId.equals(user) || recipientId.equals(user);
    }
}
