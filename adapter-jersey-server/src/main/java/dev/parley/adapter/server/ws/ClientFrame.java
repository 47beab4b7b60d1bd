package dev.parley.adapter.server.ws;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.adapter.server.json.Json;
import dev.parley.adapter.server.json.MessageRequest;

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
        return of(Json.object(text, "frame"));
    }

    /** The frame in a parsed JSON object; a field of the wrong type is {@code invalid_request} naming it. */
    public static ClientFrame of(JsonNode frame) {
        return new ClientFrame(Json.string(frame, "action"), frame.get("ref"), Json.string(frame, "to"), frame.get("seq"),
                frame.get("after_seq"), Json.string(frame, "type"), Json.string(frame, "recipient_agent"),
                frame.get("content"), Json.string(frame, "sender_agent"), Json.string(frame, "in_reply_to"),
                Json.string(frame, "idempotency_key"));
    }

    /** The message of a {@code send}: the same fields as the body of {@code POST /message/{friend_id}}. */
    public MessageRequest message() {
        return new MessageRequest(type, recipientAgent, content, senderAgent, inReplyTo, idempotencyKey);
    }
}
