package dev.parley.benchmarks.jmh;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What group commit would buy on SQLite, with the store's own settings (WAL, {@code synchronous=FULL}): the time per
 * message when each message is its own transaction (as {@code JdbcMessages.append} does now: bump the recipient's
 * counter, insert the row, commit) against sixteen messages per commit. Plain JDBC, so it measures SQLite and the
 * disk, not the adapter.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class SqliteCommitBenchmark {
    static final int BATCH = 16;

    private Path folder;
    private Connection connection;
    private PreparedStatement bump;
    private PreparedStatement insert;
    private long next;

    @Setup(Level.Iteration)
    public void open() throws IOException, SQLException {
        folder = Files.createTempDirectory("parley-commit-");
        connection = DriverManager.getConnection("jdbc:sqlite:" + folder.resolve("commit.db"));
        try (Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA journal_mode=WAL");
            statement.execute("PRAGMA synchronous=FULL");
            statement.execute("CREATE TABLE counters (user_id TEXT PRIMARY KEY, last_seq INTEGER NOT NULL)");
            statement.execute("CREATE TABLE messages (position INTEGER PRIMARY KEY AUTOINCREMENT, recipient_id TEXT NOT NULL,"
                    + " seq INTEGER NOT NULL, content TEXT NOT NULL, pending BOOLEAN NOT NULL)");
            statement.execute("CREATE UNIQUE INDEX messages_seq ON messages (recipient_id, seq)");
        }
        connection.setAutoCommit(false);
        bump = connection.prepareStatement("INSERT INTO counters (user_id, last_seq) VALUES ('bob', 1)"
                + " ON CONFLICT (user_id) DO UPDATE SET last_seq = counters.last_seq + 1");
        insert = connection.prepareStatement("INSERT INTO messages (recipient_id, seq, content, pending) VALUES ('bob', ?, ?, TRUE)");
    }

    @Benchmark
    public long oneMessagePerCommit() throws SQLException {
        append();
        connection.commit();
        return next;
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public long sixteenMessagesPerCommit() throws SQLException {
        for (int message = 0; message < BATCH; message++) {
            append();
        }
        connection.commit();
        return next;
    }

    @TearDown(Level.Iteration)
    public void close() throws IOException, SQLException {
        connection.close();
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    private void append() throws SQLException {
        bump.executeUpdate();
        insert.setLong(1, ++next);
        insert.setString(2, Samples.CONTENT);
        insert.executeUpdate();
    }
}
