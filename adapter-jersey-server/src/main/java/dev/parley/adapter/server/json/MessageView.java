package dev.parley.adapter.server.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.parley.ports.model.AgentName;
import dev.parley.ports.model.Message;
import dev.parley.ports.model.MessageId;
import java.io.IOException;

/**
 * A message on the wire; its content is the stored compact JSON, written as it is. Every message frame, answer and
 * history page writes one, so it has its own serializer: the fields in the contract's order, nulls written out, no
 * reflection per field.
 */
@JsonSerialize(using = MessageView.Writer.class)
public record MessageView(String id, long seq, String conversationId, String inReplyTo, String type, String senderId,
        String senderUsername, String senderAgent, String recipientId, String recipientUsername, String recipientAgent,
        String content, String createdAt) {

    public static MessageView from(Message message) {
        return new MessageView(message.id().value(), message.seq().value(), message.conversationId().value(),
                message.inReplyTo().map(MessageId::value).orElse(null), message.type().name(),
                message.senderId().value(), message.senderUsername().value(),
                message.senderAgent().map(AgentName::value).orElse(null),
                message.recipientId().value(), message.recipientUsername().value(),
                message.recipientAgent().map(AgentName::value).orElse(null),
                message.content().json(), Times.format(message.createdAt()));
    }

    /** Writes a {@link MessageView} as the contract's message object. */
    static final class Writer extends StdSerializer<MessageView> {
        private static final long serialVersionUID = 1L;

        Writer() {
            super(MessageView.class);
        }

        @Override
        public void serialize(MessageView view, JsonGenerator json, SerializerProvider provider) throws IOException {
            json.writeStartObject();
            json.writeStringField("id", view.id());
            json.writeNumberField("seq", view.seq());
            json.writeStringField("conversation_id", view.conversationId());
            json.writeStringField("in_reply_to", view.inReplyTo());
            json.writeStringField("type", view.type());
            json.writeStringField("sender_id", view.senderId());
            json.writeStringField("sender_username", view.senderUsername());
            json.writeStringField("sender_agent", view.senderAgent());
            json.writeStringField("recipient_id", view.recipientId());
            json.writeStringField("recipient_username", view.recipientUsername());
            json.writeStringField("recipient_agent", view.recipientAgent());
            json.writeFieldName("content");
            json.writeRawValue(view.content());
            json.writeStringField("created_at", view.createdAt());
            json.writeEndObject();
        }
    }
}
