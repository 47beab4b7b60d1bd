package dev.parley.adapter.pgcluster;

import dev.parley.testing.postgres.TestPostgres;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One empty database per test class ({@code @RegisterExtension static final ClusterDatabase database}); the nodes a
 * test joins to it leave after the test, and the cluster tables are emptied.
 */
final class ClusterDatabase implements BeforeAllCallback, AfterEachCallback, AfterAllCallback {
    private final List<PostgresCluster> nodes = new ArrayList<>();
    private String name;
    private String url;

    @Override
    public void beforeAll(ExtensionContext context) throws SQLException {
        name = TestPostgres.server().createDatabase("parley_cluster_");
        url = TestPostgres.server().urlOf(name);
    }

    @Override
    public void afterEach(ExtensionContext context) throws SQLException {
        nodes.forEach(PostgresCluster::close);
        nodes.clear();
        execute("TRUNCATE live_sessions, cluster_nodes, signal_journal");
    }

    @Override
    public void afterAll(ExtensionContext context) throws SQLException {
        TestPostgres.server().dropDatabase(name);
    }

    String url() {
        return url;
    }

    /** A node with the default settings: its own timer renews every 5 s, so tests drive heartbeats with {@code beat()}. */
    PostgresCluster join(String nodeId) {
        return join(ClusterSettings.defaults(nodeId), ListenerConnections.to(url, nodeId));
    }

    PostgresCluster join(String nodeId, Duration lease) {
        return join(ClusterSettings.defaults(nodeId).withLease(lease), ListenerConnections.to(url, nodeId));
    }

    PostgresCluster join(ClusterSettings settings, ListenerConnections connections) {
        PostgresCluster node = PostgresCluster.join(url, settings, connections);
        nodes.add(node);
        return node;
    }

    /** Leaves now, and not again after the test. */
    void leave(PostgresCluster node) {
        nodes.remove(node);
        node.close();
    }

    /** Runs one statement with {@code ?} parameters; answers the update count. */
    int execute(String sql, Object... parameters) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.execute();
            return statement.getUpdateCount();
        }
    }

    long count(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url);
                var statement = connection.createStatement();
                var rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
