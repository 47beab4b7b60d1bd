package dev.parley.adapter.pgcluster;

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
 * The PostgreSQL server of this test JVM, started once: the one named by {@value #URL_VARIABLE} when set (a JDBC URL
 * of its {@code postgres} database, with a user allowed to create databases), else an embedded PostgreSQL.
 */
final class TestPostgres {
    static final String URL_VARIABLE = "PARLEY_TEST_POSTGRES_URL";

    private final String adminUrl;

    private TestPostgres(String adminUrl) {
        this.adminUrl = adminUrl;
    }

    static TestPostgres server() {
        return Holder.SERVER;
    }

    /** Creates an empty database and answers its JDBC URL. */
    String createDatabase() throws SQLException {
        String name = "parley_cluster_" + UUID.randomUUID().toString().replace("-", "");
        execute("CREATE DATABASE " + name);
        return adminUrl.replaceFirst("(//[^/]+)/postgres(?=[?]|$)", "$1/" + name);
    }

    void dropDatabase(String url) throws SQLException {
        String name = url.replaceFirst("^.*//[^/]+/([^?]+).*$", "$1");
        execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
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
                Runtime.getRuntime().addShutdownHook(new Thread(() -> close(embedded)));
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
