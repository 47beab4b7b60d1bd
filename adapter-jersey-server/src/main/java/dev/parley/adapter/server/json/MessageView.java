package dev.parley.adapter.server.json;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonRawValue;
import dev.parley.ports.model.AgentName;
import dev.parley.ports.model.Message;
import dev.parley.ports.model.MessageId;

/** A message on the wire; its content is the stored compact JSON, written as it is. */
@JsonPropertyOrder({"id", "seq", "conversation_id", "in_reply_to", "type", "sender_id", "sender_username", "sender_agent",
        "recipient_id", "recipient_username", "recipient_agent", "content", "created_at"})
public record MessageView(String id, long seq, String conversationId, String inReplyTo, String type, String senderId,
        String senderUsername, String senderAgent, String recipientId, String recipientUsername, String recipientAgent,
        @JsonRawValue String content, String createdAt) {

    public static MessageView from(Message message) {
        return new MessageView(message.id().value(), message.seq().value(), message.conversationId().value(),
                message.inReplyTo().map(MessageId::value).orElse(null), message.type().name(),
                message.senderId().value(), message.senderUsername().value(),
                message.senderAgent().map(AgentName::value).orElse(null),
                message.recipientId().value(), message.recipientUsername().value(),
                message.recipientAgent().map(AgentName::value).orElse(null),
                message.content().json(), Times.format(message.createdAt()));
    }
}
