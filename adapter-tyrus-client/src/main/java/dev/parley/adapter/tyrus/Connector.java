package dev.parley.adapter.tyrus;

import dev.parley.ports.client.Failures;
import dev.parley.ports.model.AgentSelection;
import dev.parley.ports.model.ErrorCode;
import dev.parley.ports.model.LoginTokens;
import dev.parley.ports.model.ParleyException;
import jakarta.websocket.ClientEndpointConfig;
import jakarta.websocket.DeploymentException;
import jakarta.websocket.Endpoint;
import jakarta.websocket.Session;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import org.glassfish.tyrus.client.ClientManager;

/**
 * Opens WebSocket connections with the login's access token in the {@code Authorization} header (never in the URI,
 * which servers log); a token the server refuses is refreshed once and the attempt made again.
 */
final class Connector {
    private final ClientManager tyrus;
    private final ServerAddress address;
    private final LoginState login;
    private final Executor executor;

    Connector(ClientManager tyrus, ServerAddress address, LoginState login, Executor executor) {
        this.tyrus = tyrus;
        this.address = address;
        this.login = login;
        this.executor = executor;
    }

    /** Connects {@code endpoint}; fails with a {@link ParleyException} or a transport exception. */
    CompletableFuture<Session> connect(AgentSelection agents, Endpoint endpoint) {
        Optional<LoginTokens> tokens = login.current();
        if (tokens.isEmpty()) {
            return CompletableFuture.failedFuture(new ParleyException(ErrorCode.UNAUTHORIZED, "not logged in"));
        }
        String token = tokens.get().accessToken();
        URI uri = address.socket(agents);
        return attempt(uri, endpoint, token).exceptionallyCompose(failure -> {
            if (!Failures.hasCode(failure, ErrorCode.UNAUTHORIZED)) {
                return CompletableFuture.failedFuture(failure);
            }
            return login.refresh(token).thenCompose(fresh -> attempt(uri, endpoint, fresh.accessToken()));
        });
    }

    private CompletableFuture<Session> attempt(URI uri, Endpoint endpoint, String token) {
        return CompletableFuture.supplyAsync(() -> open(uri, endpoint, token), executor);
    }

    private Session open(URI uri, Endpoint endpoint, String token) {
        try {
            return tyrus.connectToServer(endpoint, bearer(token), uri);
        } catch (DeploymentException | IOException failure) {
            throw new CompletionException(HandshakeFailures.of(failure, uri));
        }
    }

    private static ClientEndpointConfig bearer(String token) {
        return ClientEndpointConfig.Builder.create().configurator(new ClientEndpointConfig.Configurator() {
            @Override
            public void beforeRequest(Map<String, List<String>> headers) {
                headers.put("Authorization", List.of("Bearer " + token));
            }
        }).build();
    }
}
