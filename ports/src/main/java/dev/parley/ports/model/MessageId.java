package dev.parley.ports.model;

/** A message's opaque id. */
public record MessageId(String value) {
    public MessageId {
        Check.length(value, 1, 128, "message_id");
    }

    @Override
    public String toString() {
        return value;
    }
}
