package dev.parley.adapter.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.util.Locale;
import java.util.Optional;

/**
 * HikariCP pools for each vendor. SQLite has one writer at a time, so its writes go through a pool of one
 * connection (which serializes them in this process; busy_timeout covers other processes), and its reads through
 * a few more connections that WAL mode lets read beside the writer.
 */
final class Pools {
    static final int SQLITE_READERS = 4;
    static final int POSTGRESQL_CONNECTIONS = 10;
    private static final String SQLITE_BUSY_TIMEOUT_MILLIS = "10000";
    /** Write-ahead log pages after which the writer's commit copies the log into the database file (SQLite: 1,000). */
    private static final int SQLITE_CHECKPOINT_PAGES = 10_000;

    private final String jdbcUrl;
    private final Vendor vendor;
    private final Optional<String> user;
    private final Optional<String> password;

    Pools(String jdbcUrl, Vendor vendor, Optional<String> user, Optional<String> password) {
        this.jdbcUrl = jdbcUrl;
        this.vendor = vendor;
        this.user = user;
        this.password = password;
    }

    /** A pool of two connections, for the migrations only. */
    HikariDataSource migrations() {
        return new HikariDataSource(config("migrations", 2, false));
    }

    HikariDataSource writers() {
        return new HikariDataSource(config("writer", vendor == Vendor.SQLITE ? 1 : POSTGRESQL_CONNECTIONS, true));
    }

    HikariDataSource readers() {
        return new HikariDataSource(config("reader", SQLITE_READERS, false));
    }

    private HikariConfig config(String role, int size, boolean writer) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("parley-" + vendor.name().toLowerCase(Locale.ROOT) + "-" + role);
        config.setJdbcUrl(jdbcUrl);
        config.setDriverClassName(vendor.driverClass());
        config.setMaximumPoolSize(size);
        config.setMinimumIdle(1);
        user.ifPresent(config::setUsername);
        password.ifPresent(config::setPassword);
        if (vendor == Vendor.SQLITE) {
            sqlitePragmas(config, writer);
        }
        return config;
    }

    /** Set on every connection as it opens: sqlite-jdbc reads them from the driver properties. */
    private static void sqlitePragmas(HikariConfig config, boolean writer) {
        config.addDataSourceProperty("journal_mode", "WAL");
        // The writer's commits reach the log without waiting for the disk; WalSync syncs the log before anyone hears.
        config.addDataSourceProperty("synchronous", writer ? "NORMAL" : "FULL");
        config.addDataSourceProperty("foreign_keys", "true");
        config.addDataSourceProperty("busy_timeout", SQLITE_BUSY_TIMEOUT_MILLIS);
        // Statement journals (the undo copies a savepoint or a multi-row statement keeps) in memory, not in a temporary
        // file: they are thrown away at commit, and written to a file they cost a system call for every page changed.
        config.addDataSourceProperty("temp_store", "MEMORY");
        // No "SELECT last_insert_rowid()" after every insert: nothing here reads generated keys (RETURNING does that).
        config.addDataSourceProperty("jdbc.get_generated_keys", "false");
        if (writer) {
            // Checkpoint after 10,000 log pages (about 40 MiB) instead of 1,000. A checkpoint copies each page changed
            // since the last one once, however often it was rewritten meanwhile; the leaves of the per-user indexes
            // are rewritten by almost every commit, so a longer log copies far fewer pages per message (measured under
            // the load generator: the writer's checkpoint reads fell from 20 to 9 MiB/s). The cost is a longer log to
            // replay after a crash, and log lookups for readers over more frames (hashed, not scanned).
            config.addDataSourceProperty("wal_autocheckpoint", Integer.toString(SQLITE_CHECKPOINT_PAGES));
            // Take the write lock when the transaction starts, not on its first write: no deadlock with another process.
            config.addDataSourceProperty("transaction_mode", "IMMEDIATE");
        }
    }
}
