package dev.parley.adapter.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SigningKeyTest {
    @TempDir
    Path dir;

    @Test
    void theFirstStartCreatesAnOwnerOnlyKeyFileThatLaterStartsReuse() throws IOException {
        Path file = dir.resolve("data").resolve("jwt-signing.key");

        SigningKey first = SigningKey.loadOrCreate(file);
        SigningKey second = SigningKey.loadOrCreate(file);

        assertThat(second).isEqualTo(first);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }

    @Test
    void aKeyFileThatHoldsTooShortAKeyIsRefused() throws IOException {
        Path file = Files.writeString(dir.resolve("short.key"), "c2hvcnQ=");

        assertThatThrownBy(() -> SigningKey.loadOrCreate(file)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theKeyNeverPrintsItself() {
        SigningKey key = SigningKey.random();

        assertThat(key.toString()).isEqualTo("SigningKey[512 bits, redacted]");
    }
}
