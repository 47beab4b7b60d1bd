package dev.parley.adapter.inmemory.security;

import dev.parley.ports.model.Password;
import dev.parley.ports.model.PasswordHash;
import dev.parley.ports.out.PasswordHasher;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Salted PBKDF2WithHmacSHA256 from the JDK. Hashes read {@code pbkdf2-sha256$<iterations>$<salt>$<hash>}
 * (base64), so a hash made with one iteration count still verifies after the count changes.
 */
public final class Pbkdf2PasswordHasher implements PasswordHasher {
    /** OWASP's 2023 recommendation for PBKDF2-HMAC-SHA256. */
    public static final int RECOMMENDED_ITERATIONS = 600_000;
    private static final String SCHEME = "pbkdf2-sha256";
    private static final int SALT_BYTES = 16;
    private static final int HASH_BITS = 256;

    private final int iterations;
    private final SecureRandom random = new SecureRandom();

    public Pbkdf2PasswordHasher(int iterations) {
        if (iterations < 1) {
            throw new IllegalArgumentException("iterations must be positive");
        }
        this.iterations = iterations;
    }

    @Override
    public PasswordHash hash(Password password) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        byte[] hash = derive(password.value(), salt, iterations);
        Base64.Encoder base64 = Base64.getEncoder().withoutPadding();
        return new PasswordHash(String.join("$", SCHEME, Integer.toString(iterations),
                base64.encodeToString(salt), base64.encodeToString(hash)));
    }

    @Override
    public boolean matches(String candidate, PasswordHash hash) {
        Optional<Pbkdf2Encoding> parsed = Pbkdf2Encoding.parse(SCHEME, hash.encoded());
        if (parsed.isEmpty()) {
            derive(candidate, new byte[SALT_BYTES], iterations);
            return false;
        }
        Pbkdf2Encoding encoding = parsed.get();
        return MessageDigest.isEqual(derive(candidate, encoding.salt(), encoding.iterations()), encoding.hash());
    }

    private static byte[] derive(String password, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, iterations, HASH_BITS);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK lacks PBKDF2WithHmacSHA256", e);
        } finally {
            spec.clearPassword();
        }
    }
}
