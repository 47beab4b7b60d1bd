package dev.parley.ports.model;

import java.util.Objects;
import java.util.Optional;

/**
 * What a sender asks to send: the body of {@code POST /message/{friend_id}}. The recipient agent may
 * be left out on a reply (it is derived); the sender agent left out means "from the user".
 */
public record OutgoingMessage(
        MessageType type,
        Optional<AgentName> recipientAgent,
        Optional<AgentName> senderAgent,
        Optional<MessageId> inReplyTo,
        Content content,
        Optional<IdempotencyKey> idempotencyKey) {

    public OutgoingMessage {
        Check.present(type, "type");
        Objects.requireNonNull(recipientAgent, "recipientAgent");
        Objects.requireNonNull(senderAgent, "senderAgent");
        Objects.requireNonNull(inReplyTo, "inReplyTo");
        Check.present(content, "content");
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
    }

    /** A message that opens a conversation with {@code recipientAgent}. */
    public static OutgoingMessage opening(MessageType type, AgentName recipientAgent, Content content) {
        return new OutgoingMessage(type, Optional.of(recipientAgent), Optional.empty(), Optional.empty(), content, Optional.empty());
    }

    /** A reply to {@code inReplyTo}; the recipient agent is derived from it. */
    public static OutgoingMessage reply(MessageType type, MessageId inReplyTo, Content content) {
        return new OutgoingMessage(type, Optional.empty(), Optional.empty(), Optional.of(inReplyTo), content, Optional.empty());
    }

    public OutgoingMessage from(AgentName agent) {
        return new OutgoingMessage(type, recipientAgent, Optional.of(agent), inReplyTo, content, idempotencyKey);
    }

    public OutgoingMessage withIdempotencyKey(IdempotencyKey key) {
        return new OutgoingMessage(type, recipientAgent, senderAgent, inReplyTo, content, Optional.of(key));
    }
}
