package dev.parley.adapter.server.ws;

import dev.parley.adapter.server.http.AccessLog;
import dev.parley.adapter.server.http.BearerAuthentication;
import dev.parley.adapter.server.http.Redaction;
import dev.parley.adapter.server.limits.RateLimitedException;
import dev.parley.ports.model.AgentListing;
import dev.parley.ports.model.AgentName;
import dev.parley.ports.model.AgentSelection;
import dev.parley.ports.model.ErrorCode;
import dev.parley.ports.model.ParleyException;
import dev.parley.ports.model.Principal;
import jakarta.websocket.HandshakeResponse;
import jakarta.websocket.server.HandshakeRequest;
import jakarta.websocket.server.ServerEndpointConfig;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.glassfish.tyrus.core.HandshakeException;

/**
 * Authenticates the {@code /ws} upgrade ({@code ?token=} or {@code Authorization: Bearer}) and reads the
 * {@code agents=} filter. A missing or refused token gets a real HTTP 401 with {@code WWW-Authenticate};
 * an {@code agents=} entry that is not a valid agent name gets 400, and one that names none of the user's
 * agents gets 404; a user who already has the most sessions allowed gets 429 {@code rate_limited} with
 * {@code Retry-After} (a quota, like the contract's other 429s: it clears when one of their sessions closes). The
 * upgrade is refused and no session opens (the contract leaves this open; refusing early tells the client at once,
 * rather than opening a session only to close it).
 * The principal and the selection reach the endpoint through the handshake's user properties.
 */
final class HandshakeGuard extends ServerEndpointConfig.Configurator {
    static final String PRINCIPAL = "parley.principal";
    static final String SELECTION = "parley.selection";

    private final WebSocketServices services;
    private final AccessLog accessLog;

    HandshakeGuard(WebSocketServices services) {
        this.services = services;
        this.accessLog = new AccessLog(services.metrics());
    }

    @Override
    public void modifyHandshake(ServerEndpointConfig config, HandshakeRequest request, HandshakeResponse response) {
        long started = System.nanoTime();
        try {
            Principal principal = authenticate(request);
            AgentSelection selection = selection(request, principal);
            services.guards().sessions().requireRoom(principal.userId());
            config.getUserProperties().put(PRINCIPAL, principal);
            config.getUserProperties().put(SELECTION, selection);
            logged(request, 101, started);
        } catch (ParleyException refused) {
            int status = status(refused.code());
            logged(request, status, started);
            response.getHeaders().clear();
            if (status == 401) {
                response.getHeaders().put("WWW-Authenticate", List.of("Bearer"));
            }
            if (status == 429) {
                response.getHeaders().put("Retry-After", List.of(Long.toString(RateLimitedException.retryAfterSeconds(refused))));
            }
            throw Sneaky.<RuntimeException>rethrow(new HandshakeException(status, refused.detail()));
        }
    }

    @Override
    public <T> T getEndpointInstance(Class<T> endpointClass) {
        return endpointClass.cast(new ParleyEndpoint(services));
    }

    private Principal authenticate(HandshakeRequest request) {
        Optional<String> token = first(request, "token").filter(value -> !value.isBlank())
                .or(() -> request.getHeaders().entrySet().stream()
                        .filter(header -> header.getKey().equalsIgnoreCase("Authorization"))
                        .flatMap(header -> header.getValue().stream())
                        .map(BearerAuthentication::bearerToken).flatMap(Optional::stream).findFirst());
        return services.authenticate().authenticate(token.orElseThrow(
                () -> new ParleyException(ErrorCode.UNAUTHORIZED, "a token is required (?token= or Authorization: Bearer)")));
    }

    private AgentSelection selection(HandshakeRequest request, Principal principal) {
        Set<AgentName> named = first(request, "agents").stream()
                .flatMap(list -> List.of(list.split(",")).stream()).map(String::strip).filter(name -> !name.isEmpty())
                .map(HandshakeGuard::agentName).collect(Collectors.toSet());
        if (named.isEmpty()) {
            return AgentSelection.all();
        }
        Set<AgentName> owned = services.listOwnAgents().listOwnAgents(principal.userId()).stream()
                .map(AgentListing::agent).map(agent -> agent.name()).collect(Collectors.toSet());
        if (!owned.containsAll(named)) {
            throw new ParleyException(ErrorCode.AGENT_NOT_FOUND, "agents: you have no agent of some of these names");
        }
        return AgentSelection.only(named);
    }

    private static AgentName agentName(String value) {
        try {
            return new AgentName(value);
        } catch (ParleyException invalid) {
            throw ParleyException.invalid("agents", "each name must match ^[a-z0-9][a-z0-9_-]{0,63}$");
        }
    }

    private static Optional<String> first(HandshakeRequest request, String parameter) {
        return Optional.ofNullable(request.getParameterMap().get(parameter)).flatMap(values -> values.stream().findFirst());
    }

    private static int status(ErrorCode code) {
        return switch (code) {
            case UNAUTHORIZED, INVALID_CREDENTIALS -> 401;
            case AGENT_NOT_FOUND -> 404;
            case INVALID_REQUEST -> 400;
            case RATE_LIMITED -> 429;
            default -> 403;
        };
    }

    private void logged(HandshakeRequest request, int status, long started) {
        URI uri = request.getRequestURI();
        accessLog.record("GET", "/ws", status, System.nanoTime() - started, () -> Redaction.target(uri.getRawPath(), uri.getRawQuery()));
    }

    /** Lets the checked {@link HandshakeException} out of {@code modifyHandshake}: Tyrus turns it into the HTTP status. */
    private static final class Sneaky {
        @SuppressWarnings("unchecked")
        static <E extends Throwable> E rethrow(Throwable failure) throws E {
            throw (E) failure;
        }
    }
}
