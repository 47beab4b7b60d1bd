package dev.parley.adapter.jdbc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The database file a {@code jdbc:sqlite:} URL names: a real file, whose folder is made when missing. */
final class SqliteFile {
    private SqliteFile() {
    }

    /** The file's path; {@link IllegalArgumentException} for an in-memory or empty name. */
    static Path of(String jdbcUrl) {
        String name = jdbcUrl.substring(Vendor.SQLITE.urlPrefix().length()).split("\\?", 2)[0];
        if (name.startsWith("file:")) {
            name = name.substring("file:".length());
        }
        if (name.isBlank() || name.contains(":memory:") || jdbcUrl.contains("mode=memory")) {
            throw new IllegalArgumentException("a SQLite store needs a file (e.g. jdbc:sqlite:./data/parley.db), got " + jdbcUrl);
        }
        return Path.of(name);
    }

    /** Makes the folder that will hold the file. */
    static void prepareFolder(Path file) {
        Path folder = file.toAbsolutePath().getParent();
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the database folder " + folder, e);
        }
    }
}
