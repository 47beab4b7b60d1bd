package dev.parley.adapter.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The secret that signs access tokens: at least 256 bits. Kept in a file as base64 text so tokens stay
 * valid across restarts; the file is created with owner-only permissions on first start.
 */
public final class SigningKey {
    private static final Logger LOG = LoggerFactory.getLogger(SigningKey.class);
    private static final int MIN_BYTES = 32;
    private static final int NEW_KEY_BYTES = 64;

    private final byte[] bytes;

    private SigningKey(byte[] bytes) {
        if (bytes.length < MIN_BYTES) {
            throw new IllegalArgumentException("a signing key needs at least " + MIN_BYTES + " bytes");
        }
        this.bytes = bytes.clone();
    }

    public static SigningKey of(byte[] bytes) {
        return new SigningKey(bytes);
    }

    /** A fresh random key, for a server that need not keep its tokens valid across restarts. */
    public static SigningKey random() {
        byte[] bytes = new byte[NEW_KEY_BYTES];
        new SecureRandom().nextBytes(bytes);
        return new SigningKey(bytes);
    }

    /** The key kept in {@code file}, made and written there (owner-only) when the file does not exist yet. */
    public static SigningKey loadOrCreate(Path file) {
        try {
            if (Files.exists(file)) {
                return read(file);
            }
            SigningKey created = random();
            created.writeNew(file);
            LOG.info("Created a new token signing key in {}", file.toAbsolutePath());
            return created;
        } catch (FileAlreadyExistsException raced) {
            return loadOrCreate(file);
        } catch (IOException failed) {
            throw new UncheckedIOException("cannot read or create the signing key file " + file, failed);
        }
    }

    byte[] bytes() {
        return bytes.clone();
    }

    private static SigningKey read(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.US_ASCII).strip();
        try {
            return new SigningKey(Base64.getDecoder().decode(text));
        } catch (IllegalArgumentException malformed) {
            throw new IllegalArgumentException("the signing key file " + file + " does not hold a base64 key of at least "
                    + MIN_BYTES + " bytes", malformed);
        }
    }

    private void writeNew(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        byte[] text = (Base64.getEncoder().encodeToString(bytes) + "\n").getBytes(StandardCharsets.US_ASCII);
        if (parent.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            FileAttribute<?> ownerOnly = PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"));
            Files.write(Files.createFile(file, ownerOnly), text);
        } else {
            Files.write(Files.createFile(file), text);
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SigningKey key && Arrays.equals(bytes, key.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "SigningKey[" + bytes.length * 8 + " bits, redacted]";
    }
}
