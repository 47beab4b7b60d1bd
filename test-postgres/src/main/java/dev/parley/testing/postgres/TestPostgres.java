package dev.parley.testing.postgres;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.UUID;

/**
 * The PostgreSQL server of this test JVM, started once: the server named by the environment variable
 * {@value #URL_VARIABLE} when it is set (a JDBC URL of its {@code postgres} database, with a user allowed to
 * create databases), else an embedded PostgreSQL on a free port, stopped when the JVM exits. Each test takes a
 * database of its own ({@link #createDatabase(String)}) and drops it after.
 */
public final class TestPostgres {
    public static final String URL_VARIABLE = "PARLEY_TEST_POSTGRES_URL";
    private static final String ADMIN_DATABASE = "/postgres";

    private final String adminUrl;

    private TestPostgres(String adminUrl) {
        this.adminUrl = adminUrl;
    }

    public static TestPostgres server() {
        return Holder.SERVER;
    }

    /** Creates an empty database named {@code prefix} plus a random part, and answers its name. */
    public String createDatabase(String prefix) throws SQLException {
        if (!prefix.matches("[a-z_]{1,20}")) {
            throw new IllegalArgumentException("a database prefix is 1 to 20 of a-z and _");
        }
        String name = prefix + UUID.randomUUID().toString().replace("-", "");
        execute("CREATE DATABASE " + name);
        return name;
    }

    /** Drops the database {@code name}, closing its connections first. */
    public void dropDatabase(String name) throws SQLException {
        execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }

    /** The JDBC URL of the database {@code name} on this server, credentials included. */
    public String urlOf(String name) {
        return adminUrl.replaceFirst("(//[^/]+)" + ADMIN_DATABASE + "(?=[?]|$)", "$1/" + name);
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(adminUrl); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static final class Holder {
        static final TestPostgres SERVER = start();

        private static TestPostgres start() {
            Optional<String> external = Optional.ofNullable(System.getenv(URL_VARIABLE)).filter(url -> !url.isBlank());
            if (external.isPresent()) {
                return new TestPostgres(external.get());
            }
            try {
                EmbeddedPostgres embedded = EmbeddedPostgres.builder().start();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> close(embedded), "test-postgres-stop"));
                return new TestPostgres(embedded.getJdbcUrl("postgres", "postgres"));
            } catch (IOException e) {
                throw new UncheckedIOException("could not start the embedded PostgreSQL", e);
            }
        }

        private static void close(EmbeddedPostgres embedded) {
            try {
                embedded.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
