package dev.parley.ports.model;

/** A user's opaque id. */
public record UserId(String value) {
    public UserId {
        Check.length(value, 1, 128, "user_id");
    }

    @Override
    public String toString() {
        return value;
    }
}
