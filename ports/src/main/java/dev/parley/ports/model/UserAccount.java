package dev.parley.ports.model;

import java.util.Objects;

/** A user with the hash of their password, as the user store keeps it. */
public record UserAccount(User user, PasswordHash passwordHash) {
    public UserAccount {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(passwordHash, "passwordHash");
    }
}
