package dev.parley.ports.model;

/** A conversation's opaque id, assigned by the server to the message that opens it. */
public record ConversationId(String value) {
    public ConversationId {
        Check.length(value, 1, 128, "conversation_id");
    }

    @Override
    public String toString() {
        return value;
    }
}
