package dev.parley.adapter.server.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.parley.ports.model.AgentName;
import dev.parley.ports.model.Message;
import dev.parley.ports.model.MessageId;
import java.io.IOException;

/** A message on the wire; its content is the stored compact JSON, written as it is ({@link #json()}). */
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

    /**
     * The contract's message object as compact JSON: the fields in the contract's order, nulls written out, the
     * content as stored. Every message frame, answer and history page writes one, so it is written by hand, strings
     * escaped as Jackson escapes them ({@link Json#appendString}).
     */
    public String json() {
        StringBuilder out = new StringBuilder(320 + content.length()).append("{\"id\":");
        Json.appendString(out, id).append(",\"seq\":").append(seq);
        field(out, "conversation_id", conversationId);
        field(out, "in_reply_to", inReplyTo);
        field(out, "type", type);
        field(out, "sender_id", senderId);
        field(out, "sender_username", senderUsername);
        field(out, "sender_agent", senderAgent);
        field(out, "recipient_id", recipientId);
        field(out, "recipient_username", recipientUsername);
        field(out, "recipient_agent", recipientAgent);
        out.append(",\"content\":").append(content);
        field(out, "created_at", createdAt);
        return out.append('}').toString();
    }

    /** {@code ,"name":value}: a string field after the first. */
    private static void field(StringBuilder out, String name, String value) {
        Json.appendString(out.append(",\"").append(name).append("\":"), value);
    }

    /** Writes a {@link MessageView} inside a larger document (a history page) as {@link #json()} writes it alone. */
    static final class Writer extends StdSerializer<MessageView> {
        private static final long serialVersionUID = 1L;

        Writer() {
            super(MessageView.class);
        }

        @Override
        public void serialize(MessageView view, JsonGenerator json, SerializerProvider provider) throws IOException {
            json.writeRawValue(view.json());
        }
    }
}
