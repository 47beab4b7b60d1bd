package dev.parley.bootstrap.multinode;

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
 * A fresh database on the test PostgreSQL for the nodes of one test class: the server named by
 * {@code PARLEY_TEST_POSTGRES_URL} when set (its {@code postgres} database, as a user allowed to create databases),
 * else an embedded PostgreSQL started once per test JVM.
 */
final class ClusterDatabase {
    private final String url;
    private final String name;

    private ClusterDatabase(String url, String name) {
        this.url = url;
        this.name = name;
    }

    static ClusterDatabase create() throws SQLException {
        String name = "parley_nodes_" + UUID.randomUUID().toString().replace("-", "");
        execute("CREATE DATABASE " + name);
        return new ClusterDatabase(Server.ADMIN_URL.replaceFirst("(//[^/]+)/postgres(?=[?]|$)", "$1/" + name), name);
    }

    /** The JDBC URL the nodes get with {@code --db}, credentials included. */
    String url() {
        return url;
    }

    void drop() throws SQLException {
        execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }

    private static void execute(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(Server.ADMIN_URL); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static final class Server {
        static final String ADMIN_URL = start();

        private static String start() {
            Optional<String> external = Optional.ofNullable(System.getenv("PARLEY_TEST_POSTGRES_URL")).filter(url -> !url.isBlank());
            if (external.isPresent()) {
                return external.get();
            }
            try {
                EmbeddedPostgres embedded = EmbeddedPostgres.builder().start();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> close(embedded)));
                return embedded.getJdbcUrl("postgres", "postgres");
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
