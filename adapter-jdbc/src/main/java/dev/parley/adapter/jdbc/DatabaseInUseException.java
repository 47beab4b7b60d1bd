package dev.parley.adapter.jdbc;

/** The SQLite file is already held by another Parley server (or another store in this process): see {@link JdbcStores#open(String)}. */
public final class DatabaseInUseException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    DatabaseInUseException(String message) {
        super(message);
    }
}
