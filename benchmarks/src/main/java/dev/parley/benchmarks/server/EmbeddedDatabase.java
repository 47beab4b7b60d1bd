package dev.parley.benchmarks.server;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * A fresh embedded PostgreSQL in a data directory the caller names, in a process of its own, so several Parley
 * nodes (each in its own JVM) can share it; {@link #port()} is PostgreSQL's. The postmaster outlives the
 * {@code pg_ctl} that starts it and is not this JVM's child: its pid is in {@code postmaster.pid} of the data directory.
 */
final class EmbeddedDatabase implements RunningServer {
    private final EmbeddedPostgres postgres;

    private EmbeddedDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    static EmbeddedDatabase start(Path dataDirectory) throws IOException {
        return new EmbeddedDatabase(EmbeddedPostgres.builder().setDataDirectory(dataDirectory)
                .setCleanDataDirectory(true).start());
    }

    @Override
    public int port() {
        return postgres.getPort();
    }

    @Override
    public void stop() {
        try {
            postgres.close();
        } catch (IOException failed) {
            throw new UncheckedIOException("PostgreSQL did not stop", failed);
        }
    }
}
