package dev.parley.adapter.tyrus.wire;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.ports.model.AgentName;
import dev.parley.ports.model.Content;
import dev.parley.ports.model.ConversationId;
import dev.parley.ports.model.Message;
import dev.parley.ports.model.MessageId;
import dev.parley.ports.model.MessageType;
import dev.parley.ports.model.Seq;
import dev.parley.ports.model.UserId;
import dev.parley.ports.model.Username;
import java.util.Optional;

/** A message on the wire; its content, any JSON value, becomes the compact JSON text of {@link Content}. */
public record MessageJson(String id, Long seq, String conversationId, String inReplyTo, String type, String senderId,
        String senderUsername, String senderAgent, String recipientId, String recipientUsername, String recipientAgent,
        JsonNode content, String createdAt) {

    public Message toMessage() {
        return new Message(new MessageId(Fields.required(id, "id")), new Seq(Fields.required(seq, "seq")),
                new ConversationId(Fields.required(conversationId, "conversation_id")),
                Optional.ofNullable(inReplyTo).map(MessageId::new), messageType(),
                new UserId(Fields.required(senderId, "sender_id")),
                new Username(Fields.required(senderUsername, "sender_username")),
                Optional.ofNullable(senderAgent).map(AgentName::new),
                new UserId(Fields.required(recipientId, "recipient_id")),
                new Username(Fields.required(recipientUsername, "recipient_username")),
                Optional.ofNullable(recipientAgent).map(AgentName::new),
                Content.json(WireJson.write(Fields.required(content, "content"))),
                Times.parse(createdAt, "created_at"));
    }

    private MessageType messageType() {
        try {
            return MessageType.valueOf(Fields.required(type, "type"));
        } catch (IllegalArgumentException unknown) {
            throw new WireFormatException("unknown message type " + type, unknown);
        }
    }
}
