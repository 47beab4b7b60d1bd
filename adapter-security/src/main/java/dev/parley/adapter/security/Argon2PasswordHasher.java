package dev.parley.adapter.security;

import dev.parley.ports.model.Password;
import dev.parley.ports.model.PasswordHash;
import dev.parley.ports.out.PasswordHasher;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Argon2id password hashing (Bouncy Castle) in the PHC string format,
 * {@code $argon2id$v=19$m=19456,t=2,p=1$<salt>$<hash>}, so a hash names the cost it was made with
 * and can be checked after the cost is raised.
 */
public final class Argon2PasswordHasher implements PasswordHasher {
    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;
    private static final Base64.Encoder ENCODER = Base64.getEncoder().withoutPadding();

    private final Argon2Cost cost;
    private final SecureRandom random = new SecureRandom();

    public Argon2PasswordHasher(Argon2Cost cost) {
        this.cost = Objects.requireNonNull(cost, "cost");
    }

    /** A hasher with {@link Argon2Cost#recommended()}. */
    public static Argon2PasswordHasher recommended() {
        return new Argon2PasswordHasher(Argon2Cost.recommended());
    }

    @Override
    public PasswordHash hash(Password password) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        byte[] hash = derive(password.value(), salt, cost, HASH_BYTES);
        return new PasswordHash("$argon2id$v=19$m=" + cost.memoryKib() + ",t=" + cost.iterations() + ",p=" + cost.parallelism()
                + "$" + ENCODER.encodeToString(salt) + "$" + ENCODER.encodeToString(hash));
    }

    @Override
    public boolean matches(String candidate, PasswordHash hash) {
        Objects.requireNonNull(candidate, "candidate");
        Optional<PhcString> parsed = PhcString.parse(hash.encoded());
        if (parsed.isEmpty()) {
            // Still spend the time of a check, so a broken hash cannot be told apart by timing.
            derive(candidate, new byte[SALT_BYTES], cost, HASH_BYTES);
            return false;
        }
        PhcString phc = parsed.get();
        byte[] actual = derive(candidate, phc.salt(), phc.cost(), phc.hash().length);
        return MessageDigest.isEqual(actual, phc.hash());
    }

    private static byte[] derive(String password, byte[] salt, Argon2Cost cost, int length) {
        Argon2Parameters parameters = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(cost.memoryKib())
                .withIterations(cost.iterations())
                .withParallelism(cost.parallelism())
                .withSalt(salt)
                .build();
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(parameters);
        byte[] out = new byte[length];
        generator.generateBytes(password.getBytes(StandardCharsets.UTF_8), out);
        return out;
    }
}
