package dev.parley.adapter.server.json;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.ports.model.Content;
import dev.parley.ports.model.IdempotencyKey;
import dev.parley.ports.model.MessageId;
import dev.parley.ports.model.OutgoingMessage;
import dev.parley.ports.model.ParleyException;
import java.util.Optional;

/**
 * The body of {@code POST /message/{friend_id}} (and the rest of a WebSocket {@code send} frame).
 * The content is any JSON value; it is stored in its compact form, re-serialized here.
 */
public record MessageRequest(String type, String recipientAgent, JsonNode content, String senderAgent, String inReplyTo,
        String idempotencyKey) {

    /** Reads the body of {@code POST /message/{friend_id}}; anything but an object of the right field types is refused. */
    public static MessageRequest read(byte[] body) {
        JsonNode request = Json.object(body, "body");
        return new MessageRequest(Json.string(request, "type"), Json.string(request, "recipient_agent"),
                request.get("content"), Json.string(request, "sender_agent"), Json.string(request, "in_reply_to"),
                Json.string(request, "idempotency_key"));
    }

    private static MessageId messageId(String value) {
        try {
            return new MessageId(value);
        } catch (ParleyException invalid) {
            throw ParleyException.invalid("in_reply_to", "must be 1 to 128 characters");
        }
    }

    public OutgoingMessage toOutgoing() {
        if (content == null || content.isNull() || content.isMissingNode()) {
            throw ParleyException.invalid("content", "is required");
        }
        return new OutgoingMessage(
                Fields.messageType(type),
                Fields.optionalAgentName(recipientAgent, "recipient_agent"),
                Fields.optionalAgentName(senderAgent, "sender_agent"),
                Optional.ofNullable(inReplyTo).map(MessageRequest::messageId),
                Content.json(Json.compact(content)),
                Optional.ofNullable(idempotencyKey).map(IdempotencyKey::new));
    }
}
