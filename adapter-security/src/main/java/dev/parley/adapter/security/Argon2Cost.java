package dev.parley.adapter.security;

/**
 * The cost parameters of Argon2id: memory in KiB, passes over it, and lanes.
 * {@link #recommended()} follows the OWASP minimum (19 MiB, 2 passes, 1 lane); {@link #minimal()}
 * keeps test suites fast and must not be used to store real passwords.
 */
public record Argon2Cost(int memoryKib, int iterations, int parallelism) {
    public Argon2Cost {
        if (parallelism < 1 || parallelism > 16) {
            throw new IllegalArgumentException("parallelism must be 1 to 16");
        }
        if (memoryKib < 8 * parallelism || memoryKib > 4 * 1024 * 1024) {
            throw new IllegalArgumentException("memoryKib must be 8*parallelism to 4 GiB");
        }
        if (iterations < 1 || iterations > 100) {
            throw new IllegalArgumentException("iterations must be 1 to 100");
        }
    }

    public static Argon2Cost recommended() {
        return new Argon2Cost(19_456, 2, 1);
    }

    public static Argon2Cost minimal() {
        return new Argon2Cost(64, 1, 1);
    }
}
