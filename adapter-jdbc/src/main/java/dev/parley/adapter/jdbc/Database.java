package dev.parley.adapter.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import java.util.Optional;
import javax.sql.DataSource;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.TemplateEngine;

/**
 * One migrated database behind its pools: {@link #write} runs a transaction on a writer connection, {@link #read}
 * one or more statements on a reader connection (the same pool on PostgreSQL, a separate one on SQLite).
 */
final class Database implements AutoCloseable {
    private final Vendor vendor;
    private final HikariDataSource writerPool;
    private final Optional<HikariDataSource> readerPool;
    private final Jdbi writes;
    private final Jdbi reads;

    private Database(Vendor vendor, HikariDataSource writerPool, Optional<HikariDataSource> readerPool) {
        this.vendor = vendor;
        this.writerPool = writerPool;
        this.readerPool = readerPool;
        this.writes = jdbi(writerPool);
        this.reads = readerPool.map(Database::jdbi).orElse(writes);
    }

    /** Opens the pools after bringing the schema up to date. */
    static Database open(String jdbcUrl, Optional<String> user, Optional<String> password) {
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
            return new Database(vendor, writers, Optional.empty());
        }
        try {
            return new Database(vendor, writers, Optional.of(pools.readers()));
        } catch (RuntimeException e) {
            writers.close();
            throw e;
        }
    }

    Vendor vendor() {
        return vendor;
    }

    /** Runs {@code work} in one transaction: all of it is committed when this returns, or none of it. */
    <R> R write(HandleCallback<R, RuntimeException> work) {
        return writes.inTransaction(work);
    }

    <R> R read(HandleCallback<R, RuntimeException> work) {
        return reads.withHandle(work);
    }

    @Override
    public void close() {
        readerPool.ifPresent(HikariDataSource::close);
        writerPool.close();
    }

    private static Jdbi jdbi(DataSource pool) {
        // Plain SQL with :named parameters only: no <template> syntax to trip over "<=".
        return Jdbi.create(pool).setTemplateEngine(TemplateEngine.NOP);
    }
}
