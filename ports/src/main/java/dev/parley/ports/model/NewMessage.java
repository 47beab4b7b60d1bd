package dev.parley.ports.model;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** A message the domain has checked and the message store has yet to number with the recipient's next {@link Seq}. */
public record NewMessage(
        MessageId id,
        ConversationId conversationId,
        Optional<MessageId> inReplyTo,
        MessageType type,
        User sender,
        Optional<AgentName> senderAgent,
        User recipient,
        Optional<AgentName> recipientAgent,
        Content content,
        Instant createdAt,
        Optional<IdempotencyKey> idempotencyKey) {

    public NewMessage {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(conversationId, "conversationId");
        Objects.requireNonNull(inReplyTo, "inReplyTo");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(sender, "sender");
        Objects.requireNonNull(senderAgent, "senderAgent");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(recipientAgent, "recipientAgent");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
    }

    public Message numbered(Seq seq) {
        return new Message(id, seq, conversationId, inReplyTo, type, sender.id(), sender.username(), senderAgent,
                recipient.id(), recipient.username(), recipientAgent, content, createdAt);
    }
}
