package dev.parley.benchmarks.relay;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonRawValue;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;
import jakarta.websocket.Session;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * Turns a send (WebSocket frame or REST body) into the wire message and pushes it to the recipient's sockets,
 * with the same fields as a Parley message so both servers write frames of the same size. Checks nothing.
 */
final class RelayMessages {
    static final ObjectMapper MAPPER = JsonMapper.builder().propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE).build();
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    @JsonPropertyOrder({"id", "seq", "conversation_id", "in_reply_to", "type", "sender_id", "sender_username", "sender_agent",
            "recipient_id", "recipient_username", "recipient_agent", "content", "created_at"})
    record WireMessage(String id, long seq, String conversationId, String inReplyTo, String type, String senderId,
            String senderUsername, String senderAgent, String recipientId, String recipientUsername, String recipientAgent,
            @JsonRawValue String content, String createdAt) {
    }

    record MessageFrame(String event, WireMessage message) {
    }

    record SentFrame(String event, JsonNode ref, WireMessage message) {
    }

    private final RelayDirectory directory;

    RelayMessages(RelayDirectory directory) {
        this.directory = directory;
    }

    /** Relays {@code body} (the fields of POST /message) from {@code sender} to {@code recipient}; answers the message. */
    WireMessage relay(String sender, String recipient, JsonNode body) {
        WireMessage message = new WireMessage(UUID.randomUUID().toString(), directory.nextSeq(recipient),
                UUID.randomUUID().toString(), null, text(body, "type"), sender, directory.nameOf(sender),
                text(body, "sender_agent"), recipient, directory.nameOf(recipient), text(body, "recipient_agent"),
                body.path("content").toString(), TIME.format(Instant.now().truncatedTo(ChronoUnit.MILLIS)));
        String frame = write(new MessageFrame("message", message));
        for (Session session : directory.sessionsOf(recipient)) {
            session.getAsyncRemote().sendText(frame, result -> { });
        }
        return message;
    }

    static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    private static String text(JsonNode body, String field) {
        JsonNode value = body.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
