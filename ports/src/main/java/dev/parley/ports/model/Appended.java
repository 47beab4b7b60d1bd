package dev.parley.ports.model;

import java.util.Objects;

/** The message store's answer to an append: the stored message, and whether this append created it (false: an idempotent repeat). */
public record Appended(Message message, boolean created) {
    public Appended {
        Objects.requireNonNull(message, "message");
    }
}
