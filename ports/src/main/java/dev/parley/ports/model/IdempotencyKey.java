package dev.parley.ports.model;

/** A sender's key that makes sending the same message twice store it once. */
public record IdempotencyKey(String value) {
    public IdempotencyKey {
        Check.length(value, 1, 128, "idempotency_key");
    }
}
