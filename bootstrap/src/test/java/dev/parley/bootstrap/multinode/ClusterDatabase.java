package dev.parley.bootstrap.multinode;

import dev.parley.testing.postgres.TestPostgres;
import java.sql.SQLException;

/** A fresh database on the test PostgreSQL ({@link TestPostgres}) for the nodes of one test class. */
final class ClusterDatabase {
    private final String name;

    private ClusterDatabase(String name) {
        this.name = name;
    }

    static ClusterDatabase create() throws SQLException {
        return new ClusterDatabase(TestPostgres.server().createDatabase("parley_nodes_"));
    }

    /** The JDBC URL the nodes get with {@code --db}, credentials included. */
    String url() {
        return TestPostgres.server().urlOf(name);
    }

    void drop() throws SQLException {
        TestPostgres.server().dropDatabase(name);
    }
}
