package dev.parley.adapter.pgcluster;

import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicBoolean;

/** A node's listening connection that a test can cut and keep cut: the database seen from that node goes away. */
final class ListenerGate implements ListenerConnections {
    private final ListenerConnections real;
    private final String applicationName;
    private final AtomicBoolean closed = new AtomicBoolean();

    ListenerGate(String url, String nodeId) {
        this.real = ListenerConnections.to(url, nodeId);
        this.applicationName = "parley-listener-" + nodeId;
    }

    @Override
    public Connection open() throws SQLException {
        if (closed.get()) {
            throw new SQLException("the test keeps the listening connection cut");
        }
        return real.open();
    }

    /** Ends the listening connection and refuses new ones; returns once its server process is gone. */
    void cut(ClusterDatabase database) throws SQLException {
        closed.set(true);
        database.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = ?", applicationName);
        await().until(() -> database.count("SELECT count(*) FROM pg_stat_activity WHERE application_name = '"
                + applicationName + "'") == 0);
    }

    void reopen() {
        closed.set(false);
    }
}
