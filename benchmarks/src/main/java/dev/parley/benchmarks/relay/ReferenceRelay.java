package dev.parley.benchmarks.relay;

import jakarta.websocket.DeploymentException;
import jakarta.websocket.server.ServerEndpointConfig;
import java.io.IOException;
import java.util.Map;
import java.util.Set;
import org.glassfish.grizzly.http.server.HttpHandler;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.grizzly.http.server.NetworkListener;
import org.glassfish.grizzly.strategies.WorkerThreadIOStrategy;
import org.glassfish.hk2.utilities.binding.AbstractBinder;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpContainer;
import org.glassfish.jersey.server.ContainerFactory;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;
import org.glassfish.tyrus.container.grizzly.server.WebSocketAddOn;
import org.glassfish.tyrus.core.TyrusWebSocketEngine;
import org.glassfish.tyrus.server.TyrusServerContainer;
import org.glassfish.tyrus.spi.WebSocketEngine;

/**
 * The yardstick: the thinnest relay on Parley's transport (one Grizzly listener, Tyrus on it, worker-thread I/O as
 * Parley sets it), speaking only what the load generator uses. No validation, no storage, everyone is friends.
 */
public final class ReferenceRelay {
    private final HttpServer http;

    private ReferenceRelay(HttpServer http) {
        this.http = http;
    }

    /**
     * Listens on {@code host:port} (0: any free port) until {@link #stop()}; REST through a plain Grizzly handler, or
     * with {@code jersey} through a Jersey resource (the {@code relay-jersey} yardstick: Parley's REST framework
     * without Parley).
     */
    public static ReferenceRelay start(String host, int port, boolean jersey) throws IOException, DeploymentException {
        RelayDirectory directory = new RelayDirectory();
        RelayMessages messages = new RelayMessages(directory);
        HttpServer http = new HttpServer();
        NetworkListener listener = new NetworkListener("relay", host, port);
        listener.getTransport().setIOStrategy(WorkerThreadIOStrategy.getInstance());
        // Idle sockets stay open without pings: the relay has no keep-alive timeout to outrun.
        listener.getKeepAlive().setIdleTimeoutInSeconds(-1);
        http.addListener(listener);
        http.getServerConfiguration().addHttpHandler(jersey ? jersey(directory, messages) : new RelayRest(directory, messages), "/");
        Container container = new Container();
        // No Tyrus idle timer: left at 0 it still hands a task to a scheduler thread for every frame in and out.
        container.setDefaultMaxSessionIdleTimeout(-1);
        container.register(ServerEndpointConfig.Builder.create(RelayEndpoint.class, "/ws")
                .configurator(new RelayEndpoint.Configurator(directory, messages)).build());
        listener.registerAddOn(new WebSocketAddOn(container, "/"));
        http.start();
        return new ReferenceRelay(http);
    }

    private static HttpHandler jersey(RelayDirectory directory, RelayMessages messages) {
        ResourceConfig application = new ResourceConfig().register(RelayResource.class)
                .register(new AbstractBinder() {
                    @Override
                    protected void configure() {
                        bind(directory).to(RelayDirectory.class);
                        bind(messages).to(RelayMessages.class);
                    }
                })
                .property(ServerProperties.WADL_FEATURE_DISABLE, true);
        return ContainerFactory.createContainer(GrizzlyHttpContainer.class, application);
    }

    public int port() {
        return http.getListener("relay").getPort();
    }

    public void stop() {
        http.shutdownNow();
    }

    /** A Tyrus container served by the relay's own Grizzly listener. */
    private static final class Container extends TyrusServerContainer {
        private final WebSocketEngine engine;

        Container() {
            super((Set<Class<?>>) null);
            engine = TyrusWebSocketEngine.builder(this).build();
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
