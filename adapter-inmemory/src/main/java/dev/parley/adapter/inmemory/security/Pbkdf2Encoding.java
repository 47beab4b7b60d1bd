package dev.parley.adapter.inmemory.security;

import java.util.Base64;
import java.util.Optional;

/** The parts of an encoded PBKDF2 hash. */
record Pbkdf2Encoding(int iterations, byte[] salt, byte[] hash) {
    private static final int MAX_ITERATIONS = 10_000_000;

    /** The parts of {@code scheme$iterations$salt$hash}, empty for anything else. */
    static Optional<Pbkdf2Encoding> parse(String scheme, String encoded) {
        String[] parts = encoded.split("\\$", -1);
        if (parts.length != 4 || !parts[0].equals(scheme)) {
            return Optional.empty();
        }
        try {
            int iterations = Integer.parseInt(parts[1]);
            byte[] salt = Base64.getDecoder().decode(parts[2]);
            byte[] hash = Base64.getDecoder().decode(parts[3]);
            if (iterations < 1 || iterations > MAX_ITERATIONS || salt.length == 0 || hash.length == 0) {
                return Optional.empty();
            }
            return Optional.of(new Pbkdf2Encoding(iterations, salt, hash));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
