package dev.parley.adapter.server.ws;

import jakarta.websocket.DeploymentException;
import jakarta.websocket.server.ServerEndpointConfig;
import java.util.Map;
import java.util.Set;
import org.glassfish.grizzly.http.server.NetworkListener;
import org.glassfish.tyrus.container.grizzly.server.WebSocketAddOn;
import org.glassfish.tyrus.core.TyrusWebSocketEngine;
import org.glassfish.tyrus.server.TyrusServerContainer;
import org.glassfish.tyrus.spi.WebSocketEngine;

/**
 * Puts the {@code /ws} endpoint on an existing Grizzly listener: a Tyrus container that owns no HTTP server,
 * plugged in through Tyrus's Grizzly add-on, so REST and WebSocket share one port.
 * <p>
 * Frame limits, set deliberately: a text message over {@code maxFrameBytes} (128 KiB) that arrives in one
 * frame reaches the endpoint, which answers it with an {@code error} frame ({@code payload_too_large}) and
 * keeps the session; one sent in fragments over that size is closed by Tyrus with 1009; and a single frame
 * over {@link #INCOMING_BUFFER_BYTES} cannot be buffered at all and is closed by Tyrus (1011).
 */
public final class WebSocketDeployment {
    /** The largest single frame Tyrus buffers: 4 MiB of payload plus the frame header. */
    static final int INCOMING_BUFFER_BYTES = 4 * 1024 * 1024 + 14;

    private final Container container;

    private WebSocketDeployment(Container container) {
        this.container = container;
    }

    public static WebSocketDeployment install(NetworkListener listener, WebSocketServices services) throws DeploymentException {
        Container container = new Container();
        container.setDefaultMaxTextMessageBufferSize(services.maxFrameBytes());
        container.setDefaultMaxBinaryMessageBufferSize(services.maxFrameBytes());
        // Negative: no Tyrus idle timer at all (0 still schedules a task per frame); OpenSessions closes idle sessions.
        container.setDefaultMaxSessionIdleTimeout(-1);
        container.register(ServerEndpointConfig.Builder.create(ParleyEndpoint.class, "/ws")
                .configurator(new HandshakeGuard(services)).build());
        listener.registerAddOn(new WebSocketAddOn(container, "/"));
        listener.registerAddOn(TokenQueryFilter.addOn());
        return new WebSocketDeployment(container);
    }

    /** Releases Tyrus's executors; close the sessions first ({@link OpenSessions#closeAll()}). */
    public void stop() {
        container.stop();
    }

    /** A Tyrus server container whose engine is served by someone else's Grizzly listener. */
    private static final class Container extends TyrusServerContainer {
        private final WebSocketEngine engine;

        Container() {
            super((Set<Class<?>>) null);
            engine = TyrusWebSocketEngine.builder(this).incomingBufferSize(INCOMING_BUFFER_BYTES).build();
        }

        @Override
        public void register(Class<?> endpointClass) throws DeploymentException {
            engine.register(endpointClass, "/");
        }

        @Override
        public void register(ServerEndpointConfig config) throws DeploymentException {
            engine.register(config, "/");
        }

        @Override
        public WebSocketEngine getWebSocketEngine() {
            return engine;
        }

        @Override
        public Map<String, Object> getProperties() {
            return Map.of();
        }
    }
}
