package dev.parley.adapter.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;
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
    private final Optional<SqliteLock> lock;
    private final WriterStatements writerStatements;
    private final Numbering numbering;

    private Database(Vendor vendor, HikariDataSource writerPool, Optional<HikariDataSource> readerPool,
            WriteListener listener, Optional<SqliteLock> lock) {
        this.vendor = vendor;
        this.lock = lock;
        this.writerStatements = WriterStatements.of(vendor);
        this.writerPool = writerPool;
        this.readerPool = readerPool;
        Jdbi writes = jdbi(writerPool);
        this.reads = readerPool.map(Database::jdbi).orElse(writes);
        WriterMemory writerMemory = WriterMemory.NONE;
        // Seqs in memory need this process to be the only one numbering: the SQLite file's holder.
        if (lock.isPresent()) {
            SeqCounters counters = new SeqCounters(writerStatements);
            this.numbering = counters;
            writerMemory = counters;
        } else {
            this.numbering = new CounterRowNumbering(writerStatements);
        }
        this.groupCommit = GroupCommit.start(writes, "parley-" + vendor.name().toLowerCase(Locale.ROOT),
                listener, writerMemory, lock.map(SqliteLock::database));
    }

    /** Opens the pools after bringing the schema up to date. */
    static Database open(String jdbcUrl, Optional<String> user, Optional<String> password) {
        return open(jdbcUrl, user, password, WriteListener.NONE);
    }

    /** As {@link #open(String, Optional, Optional)}, reporting the writer's work to {@code listener}. */
    static Database open(String jdbcUrl, Optional<String> user, Optional<String> password, WriteListener listener) {
        Vendor vendor = Vendor.of(jdbcUrl);
        Pools pools = new Pools(jdbcUrl, vendor, user, password);
        if (vendor != Vendor.SQLITE) {
            migrate(pools, vendor);
            return new Database(vendor, pools.writers(), Optional.empty(), listener, Optional.empty());
        }
        Path file = SqliteFile.of(jdbcUrl);
        SqliteFile.prepareFolder(file);
        SqliteLock lock = SqliteLock.take(file);
        HikariDataSource writers = null;
        try {
            migrate(pools, vendor);
            writers = pools.writers();
            return new Database(vendor, writers, Optional.of(pools.readers()), listener, Optional.of(lock));
        } catch (RuntimeException e) {
            if (writers != null) {
                writers.close();
            }
            lock.close();
            throw e;
        }
    }

    private static void migrate(Pools pools, Vendor vendor) {
        try (HikariDataSource migrations = pools.migrations()) {
            Migrations.apply(migrations, vendor);
        }
    }

    Vendor vendor() {
        return vendor;
    }

    /** The writer's plain JDBC statements, for the write tasks every send runs; use them inside write tasks only. */
    WriterStatements writerStatements() {
        return writerStatements;
    }

    /**
     * How appends number their messages, inside write tasks: in the writer's memory where this process alone writes
     * the database ({@link SeqCounters}), else by the recipient's counter row ({@link CounterRowNumbering}).
     */
    Numbering numbering() {
        return numbering;
    }

    /**
     * Whether this process alone writes the database (a SQLite file, held by {@link SqliteLock}), so stores may answer
     * reads from memory. A PostgreSQL database may have other nodes writing it: stores read it every time.
     */
    boolean heldAlone() {
        return lock.isPresent();
    }

    /**
     * Runs {@code work} in a transaction shared with other callers' work: all of it is committed when this returns,
     * or none of it when it throws (a neighbour that throws does not take it along). {@code work} may run more than
     * once, so it must act on the database (or through {@link #numbering()}) only, and must not call {@code write}
     * itself.
     */
    <R> R write(HandleCallback<R, RuntimeException> work) {
        return groupCommit.write(work);
    }

    /**
     * As {@link #write(HandleCallback)}; {@code committed} is handed the result once it is committed, before this
     * returns, in commit order with every other write's: where a store keeps in memory what the database holds.
     */
    <R> R write(HandleCallback<R, RuntimeException> work, Consumer<? super R> committed) {
        return groupCommit.write(work, committed);
    }

    /**
     * As {@link #write(HandleCallback, Consumer)} without waiting; writes of equal {@code orderKey} are answered in
     * commit order: see {@link GroupCommit#writeAsync}.
     */
    <R> CompletionStage<R> writeAsync(HandleCallback<R, RuntimeException> work, Consumer<? super R> committed, Object orderKey) {
        return groupCommit.writeAsync(work, committed, orderKey);
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
            lock.ifPresent(SqliteLock::close);
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
