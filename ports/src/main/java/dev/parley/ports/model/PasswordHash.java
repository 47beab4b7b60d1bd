package dev.parley.ports.model;

/** A password hash in the self-describing encoding of the hashing port that made it. */
public record PasswordHash(String encoded) {
    public PasswordHash {
        Check.notBlank(encoded, "password_hash");
    }

    @Override
    public String toString() {
        return "PasswordHash[redacted]";
    }
}
