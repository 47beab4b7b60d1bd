package dev.parley.ports.model;

/** A plaintext password on its way to the hashing port; it never prints itself. */
public record Password(String value) {
    public Password {
        Check.length(value, 8, 256, "password");
    }

    @Override
    public String toString() {
        return "Password[redacted]";
    }
}
