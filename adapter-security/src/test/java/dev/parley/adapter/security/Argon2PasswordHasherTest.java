package dev.parley.adapter.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.ports.model.Password;
import dev.parley.ports.model.PasswordHash;
import org.junit.jupiter.api.Test;

class Argon2PasswordHasherTest {
    private final Argon2PasswordHasher hasher = new Argon2PasswordHasher(Argon2Cost.minimal());

    @Test
    void theRightPasswordMatchesItsHash() {
        PasswordHash hash = hasher.hash(new Password("correct horse battery"));

        assertThat(hasher.matches("correct horse battery", hash)).isTrue();
    }

    @Test
    void aWrongPasswordDoesNotMatch() {
        PasswordHash hash = hasher.hash(new Password("correct horse battery"));

        assertThat(hasher.matches("correct horse batterz", hash)).isFalse();
        assertThat(hasher.matches("", hash)).isFalse();
    }

    @Test
    void theHashIsAPhcStringThatNamesItsCostAndHoldsNoPlaintext() {
        PasswordHash hash = hasher.hash(new Password("correct horse battery"));

        assertThat(hash.encoded()).startsWith("$argon2id$v=19$m=64,t=1,p=1$").doesNotContain("correct");
    }

    @Test
    void theSamePasswordHashesDifferentlyEachTimeBecauseOfTheSalt() {
        Password password = new Password("correct horse battery");

        assertThat(hasher.hash(password)).isNotEqualTo(hasher.hash(password));
    }

    @Test
    void aHashMadeWithAnotherCostStillVerifies() {
        PasswordHash madeCheaply = hasher.hash(new Password("correct horse battery"));
        Argon2PasswordHasher dearer = new Argon2PasswordHasher(new Argon2Cost(128, 2, 1));

        assertThat(dearer.matches("correct horse battery", madeCheaply)).isTrue();
    }

    @Test
    void aTamperedOrForeignHashMatchesNothing() {
        String encoded = hasher.hash(new Password("correct horse battery")).encoded();
        String tampered = encoded.substring(0, encoded.length() - 2) + (encoded.endsWith("AA") ? "BB" : "AA");

        assertThat(hasher.matches("correct horse battery", new PasswordHash(tampered))).isFalse();
        assertThat(hasher.matches("correct horse battery", new PasswordHash("pbkdf2$1000$abc$def"))).isFalse();
    }
}
