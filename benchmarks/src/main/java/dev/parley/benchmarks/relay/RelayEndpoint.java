package dev.parley.benchmarks.relay;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.websocket.CloseReason;
import jakarta.websocket.Endpoint;
import jakarta.websocket.EndpointConfig;
import jakarta.websocket.MessageHandler;
import jakarta.websocket.Session;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import jakarta.websocket.HandshakeResponse;
import jakarta.websocket.server.HandshakeRequest;
import jakarta.websocket.server.ServerEndpointConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One {@code /ws} socket of the relay: {@code send} is relayed and confirmed, {@code ping} answered, the rest ignored.
 * Public only because Tyrus calls the endpoint's methods reflectively.
 */
public final class RelayEndpoint extends Endpoint {
    static final String USER = "relay.user";
    private static final Logger LOG = LoggerFactory.getLogger(RelayEndpoint.class);
    private static final String PONG = "{\"event\":\"pong\"}";

    private final RelayDirectory directory;
    private final RelayMessages messages;
    private String user;

    RelayEndpoint(RelayDirectory directory, RelayMessages messages) {
        this.directory = directory;
        this.messages = messages;
    }

    @Override
    public void onOpen(Session session, EndpointConfig config) {
        user = (String) session.getUserProperties().get(USER);
        directory.opened(user, session);
        session.addMessageHandler(String.class, (MessageHandler.Whole<String>) text -> onText(session, text));
    }

    private void onText(Session session, String text) {
        JsonNode frame = read(text);
        switch (frame.path("action").asText()) {
            case "send" -> {
                RelayMessages.WireMessage message = messages.relay(user, frame.path("to").asText(), frame);
                session.getAsyncRemote().sendText(RelayMessages.write(new RelayMessages.SentFrame("sent", frame.get("ref"), message)),
                        result -> { });
            }
            case "ping" -> session.getAsyncRemote().sendText(PONG, result -> { });
            default -> { }
        }
    }

    private static JsonNode read(String text) {
        try {
            return RelayMessages.MAPPER.readTree(text);
        } catch (IOException malformed) {
            throw new UncheckedIOException(malformed);
        }
    }

    @Override
    public void onError(Session session, Throwable failure) {
        LOG.warn("relay socket failed", failure);
    }

    @Override
    public void onClose(Session session, CloseReason reason) {
        directory.closed(user, session);
    }

    /** Takes the user id from {@code ?token=} (the relay's token is the id) and makes one endpoint per socket. */
    static final class Configurator extends ServerEndpointConfig.Configurator {
        private final RelayDirectory directory;
        private final RelayMessages messages;

        Configurator(RelayDirectory directory, RelayMessages messages) {
            this.directory = directory;
            this.messages = messages;
        }

        @Override
        public void modifyHandshake(ServerEndpointConfig config, HandshakeRequest request, HandshakeResponse response) {
            List<String> token = request.getParameterMap().getOrDefault("token", List.of(""));
            config.getUserProperties().put(USER, token.get(0));
        }

        @Override
        public <T> T getEndpointInstance(Class<T> endpointClass) {
            return endpointClass.cast(new RelayEndpoint(directory, messages));
        }
    }
}
