package dev.parley.adapter.server.ws;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.adapter.server.json.Json;
import dev.parley.adapter.server.json.MessageRequest;
import dev.parley.ports.model.ParleyException;

/**
 * A client frame read in one pass: the action, its {@code ref} (echoed as it came), and the fields of every action
 * ({@code to} and the message of a {@code send}, the {@code seq} of an {@code ack}, the {@code after_seq} of a
 * {@code resume}). The cursors stay JSON values so their refusals say what the contract expects of them.
 */
public record ClientFrame(String action, JsonNode ref, String to, JsonNode seq, JsonNode afterSeq, String type,
        String recipientAgent, JsonNode content, String senderAgent, String inReplyTo, String idempotencyKey) {

    /**
     * Reads a text frame; anything but a JSON object of the right field types is {@code invalid_request}. Every frame
     * of every connection comes through here, so the fields are taken from the parsed tree by hand rather than bound
     * by reflection; the refusals are the ones binding gave (a field of the wrong type named, a missing field null, an
     * explicit null kept as JSON {@code null} where the field stays JSON).
     */
    public static ClientFrame read(String text) {
        JsonNode frame = Json.tree(text, "frame");
        if (!frame.isObject()) {
            throw ParleyException.invalid("frame", "must be a JSON object");
        }
        return new ClientFrame(string(frame, "action"), frame.get("ref"), string(frame, "to"), frame.get("seq"),
                frame.get("after_seq"), string(frame, "type"), string(frame, "recipient_agent"), frame.get("content"),
                string(frame, "sender_agent"), string(frame, "in_reply_to"), string(frame, "idempotency_key"));
    }

    private static String string(JsonNode frame, String field) {
        JsonNode value = frame.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw ParleyException.invalid(field, "must be a string");
        }
        return value.textValue();
    }

    /** The message of a {@code send}: the same fields as the body of {@code POST /message/{friend_id}}. */
    public MessageRequest message() {
        return new MessageRequest(type, recipientAgent, content, senderAgent, inReplyTo, idempotencyKey);
    }
}
