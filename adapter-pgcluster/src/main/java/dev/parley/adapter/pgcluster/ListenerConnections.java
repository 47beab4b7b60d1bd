package dev.parley.adapter.pgcluster;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/**
 * Opens the listening connection: a plain connection of its own, outside the pool (LISTEN belongs to one session,
 * so it must not go through a transaction-pooling proxy either).
 */
@FunctionalInterface
interface ListenerConnections {
    String SOCKET_TIMEOUT_SECONDS = "30";

    Connection open() throws SQLException;

    /** Straight to the database; TCP keep-alive and a socket timeout make a silently dropped link fail instead of hang. */
    static ListenerConnections to(String jdbcUrl, String nodeId) {
        return () -> {
            Properties properties = new Properties();
            properties.setProperty("tcpKeepAlive", "true");
            properties.setProperty("socketTimeout", SOCKET_TIMEOUT_SECONDS);
            properties.setProperty("ApplicationName", "parley-listener-" + nodeId);
            return DriverManager.getConnection(jdbcUrl, properties);
        };
    }
}
