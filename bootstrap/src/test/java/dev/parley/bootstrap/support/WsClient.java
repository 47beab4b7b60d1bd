package dev.parley.bootstrap.support;

import jakarta.websocket.ClientEndpointConfig;
import jakarta.websocket.DeploymentException;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.glassfish.tyrus.client.ClientManager;

/** A Tyrus WebSocket client for the server's {@code /ws}. */
public final class WsClient {
    private final URI endpoint;
    private final ClientManager client;

    public WsClient(URI endpoint) {
        this(endpoint, ClientManager.createClient());
    }

    /** Over a client manager of the caller's (one set up for WSS, say). */
    public WsClient(URI endpoint, ClientManager client) {
        this.endpoint = endpoint;
        this.client = client;
    }

    /** Connects with {@code ?token=} and waits until the server answers a ping, so its session is open. */
    public WsConnection connect(String token) {
        return connectQuery("token=" + token);
    }

    /** Connects with {@code ?<query>}, then pings through. */
    public WsConnection connectQuery(String query) {
        return open(query, ClientEndpointConfig.Builder.create().build()).ready();
    }

    /** Connects with the token in an {@code Authorization: Bearer} header instead of the query. */
    public WsConnection connectWithHeader(String token) {
        ClientEndpointConfig config = ClientEndpointConfig.Builder.create().configurator(new ClientEndpointConfig.Configurator() {
            @Override
            public void beforeRequest(Map<String, List<String>> headers) {
                headers.put("Authorization", List.of("Bearer " + token));
            }
        }).build();
        return open("", config).ready();
    }

    /** Tries to connect; the exception of a refused handshake comes out as it is. */
    public WsConnection open(String query, ClientEndpointConfig config) {
        WsConnection connection = new WsConnection();
        try {
            client.connectToServer(connection, config, URI.create(endpoint + (query.isEmpty() ? "" : "?" + query)));
            return connection;
        } catch (DeploymentException | IOException refused) {
            throw new WsRefused(refused);
        }
    }

    public void close() {
        client.shutdown();
    }

    /** A handshake the server refused. */
    public static final class WsRefused extends RuntimeException {
        private static final long serialVersionUID = 1L;

        WsRefused(Exception cause) {
            super(cause);
        }
    }
}
