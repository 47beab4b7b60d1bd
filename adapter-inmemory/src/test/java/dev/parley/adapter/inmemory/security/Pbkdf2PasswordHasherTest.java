package dev.parley.adapter.inmemory.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.ports.model.Password;
import dev.parley.ports.model.PasswordHash;
import org.junit.jupiter.api.Test;

class Pbkdf2PasswordHasherTest {
    private final Pbkdf2PasswordHasher hasher = new Pbkdf2PasswordHasher(1_000);

    @Test
    void aHashMatchesItsPasswordAndNoOther() {
        PasswordHash hash = hasher.hash(new Password("correct horse"));

        assertThat(hasher.matches("correct horse", hash)).isTrue();
        assertThat(hasher.matches("correct horsE", hash)).isFalse();
        assertThat(hasher.matches("", hash)).isFalse();
    }

    @Test
    void theHashIsSaltedAndNamesItsSchemeAndCost() {
        PasswordHash first = hasher.hash(new Password("same password"));
        PasswordHash second = hasher.hash(new Password("same password"));

        assertThat(first).isNotEqualTo(second);
        assertThat(first.encoded()).startsWith("pbkdf2-sha256$1000$").doesNotContain("same password");
    }

    @Test
    void aHashMadeWithAnotherIterationCountStillVerifies() {
        PasswordHash old = new Pbkdf2PasswordHasher(500).hash(new Password("an old password"));

        assertThat(hasher.matches("an old password", old)).isTrue();
    }

    @Test
    void aMalformedHashMatchesNothing() {
        assertThat(hasher.matches("whatever1", new PasswordHash("pbkdf2-sha256$x$y$z"))).isFalse();
        assertThat(hasher.matches("whatever1", new PasswordHash("bcrypt$something"))).isFalse();
    }
}
