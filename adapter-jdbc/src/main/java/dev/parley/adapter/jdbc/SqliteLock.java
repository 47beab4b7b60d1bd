package dev.parley.adapter.jdbc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The claim of one store on a SQLite file: a lock on {@code FILE.lock} beside it, held while the store is open, so
 * that one process (and one store in it) writes the file. That is what lets the store answer reads from memory
 * ({@link ReadCache}, {@link PendingTally}): nobody else can change the rows behind it. The operating system drops
 * the lock when the process ends, however it ends; the lock file itself stays, empty.
 */
final class SqliteLock implements AutoCloseable {
    private final Path database;
    private final FileChannel channel;
    private final FileLock lock;

    private SqliteLock(Path database, FileChannel channel, FileLock lock) {
        this.database = database;
        this.channel = channel;
        this.lock = lock;
    }

    /** The database file this lock claims. */
    Path database() {
        return database;
    }

    /** Takes the lock of {@code database}, or fails at once with {@link DatabaseInUseException} when it is held. */
    static SqliteLock take(Path database) {
        Path lockFile = database.resolveSibling(database.getFileName() + ".lock");
        FileChannel channel;
        try {
            channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the lock file " + lockFile, e);
        }
        try {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                throw held(database);
            }
            return new SqliteLock(database, channel, lock);
        } catch (OverlappingFileLockException e) {
            closeQuietly(channel);
            throw held(database);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new UncheckedIOException("cannot lock " + lockFile, e);
        } catch (RuntimeException e) {
            closeQuietly(channel);
            throw e;
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException e) {
            // closing the channel below releases it all the same
        } finally {
            closeQuietly(channel);
        }
    }

    private static DatabaseInUseException held(Path database) {
        return new DatabaseInUseException("the SQLite database " + database + " is already open in another Parley server"
                + " (or another store in this one): one process at a time writes a SQLite file; run several nodes on PostgreSQL");
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException e) {
            // nothing more to release
        }
    }
}
