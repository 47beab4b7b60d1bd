package dev.parley.adapter.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import java.util.Locale;
import java.util.Optional;
import javax.sql.DataSource;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.TemplateEngine;

/**
 * One migrated database behind its pools: {@link #write} hands work to the database's one writer thread, which
 * commits it together with whatever else is queued ({@link GroupCommit}); {@link #read} runs one or more statements
 * on a reader connection (the writer's pool on PostgreSQL, a separate one on SQLite).
 */
final class Database implements AutoCloseable {
    private final Vendor vendor;
    private final HikariDataSource writerPool;
    private final Optional<HikariDataSource> readerPool;
    private final Jdbi reads;
    private final GroupCommit groupCommit;

    private Database(Vendor vendor, HikariDataSource writerPool, Optional<HikariDataSource> readerPool,
            WriteListener listener) {
        this.vendor = vendor;
        this.writerPool = writerPool;
        this.readerPool = readerPool;
        Jdbi writes = jdbi(writerPool);
        this.reads = readerPool.map(Database::jdbi).orElse(writes);
        String writerName = "parley-" + vendor.name().toLowerCase(Locale.ROOT) + "-writer";
        this.groupCommit = GroupCommit.start(writes, writerName, listener);
    }

    /** Opens the pools after bringing the schema up to date. */
    static Database open(String jdbcUrl, Optional<String> user, Optional<String> password) {
        return open(jdbcUrl, user, password, WriteListener.NONE);
    }

    /** As {@link #open(String, Optional, Optional)}, reporting the writer's work to {@code listener}. */
    static Database open(String jdbcUrl, Optional<String> user, Optional<String> password, WriteListener listener) {
        Vendor vendor = Vendor.of(jdbcUrl);
        if (vendor == Vendor.SQLITE) {
            SqliteFile.prepareFolder(SqliteFile.of(jdbcUrl));
        }
        Pools pools = new Pools(jdbcUrl, vendor, user, password);
        try (HikariDataSource migrations = pools.migrations()) {
            Migrations.apply(migrations, vendor);
        }
        HikariDataSource writers = pools.writers();
        if (vendor != Vendor.SQLITE) {
            return new Database(vendor, writers, Optional.empty(), listener);
        }
        try {
            return new Database(vendor, writers, Optional.of(pools.readers()), listener);
        } catch (RuntimeException e) {
            writers.close();
            throw e;
        }
    }

    Vendor vendor() {
        return vendor;
    }

    /**
     * Runs {@code work} in a transaction (shared with other callers' work, each in its own savepoint): all of it is
     * committed when this returns, or none of it when it throws. {@code work} must not call {@code write} itself.
     */
    <R> R write(HandleCallback<R, RuntimeException> work) {
        return groupCommit.write(work);
    }

    <R> R read(HandleCallback<R, RuntimeException> work) {
        return reads.withHandle(work);
    }

    @Override
    public void close() {
        groupCommit.close();
        // An interrupted closer still shuts the pools down properly (Hikari cuts its shutdown short otherwise).
        boolean interrupted = Thread.interrupted();
        try {
            readerPool.ifPresent(HikariDataSource::close);
            writerPool.close();
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static Jdbi jdbi(DataSource pool) {
        // Plain SQL with :named parameters only: no <template> syntax to trip over "<=".
        return Jdbi.create(pool).setTemplateEngine(TemplateEngine.NOP);
    }
}
