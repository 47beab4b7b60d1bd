package dev.parley.adapter.server;

import dev.parley.adapter.server.http.AccessLog;
import dev.parley.adapter.server.http.BearerAuthentication;
import dev.parley.adapter.server.http.BodyLimit;
import dev.parley.adapter.server.limits.Guards;
import dev.parley.adapter.server.metrics.ServerMetrics;
import dev.parley.adapter.server.rest.SendMessageHandler;
import dev.parley.adapter.server.ws.OpenSessions;
import dev.parley.adapter.server.ws.WebSocketDeployment;
import dev.parley.adapter.server.ws.WebSocketServices;
import jakarta.websocket.DeploymentException;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.glassfish.grizzly.http.server.HttpHandlerRegistration;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.grizzly.http.server.NetworkListener;
import org.glassfish.grizzly.strategies.WorkerThreadIOStrategy;
import org.glassfish.grizzly.threadpool.ThreadPoolConfig;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpServerFactory;
import org.glassfish.jersey.server.ResourceConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.bridge.SLF4JBridgeHandler;

/**
 * The Parley server: Jersey (REST) and Tyrus ({@code /ws}) on one Grizzly listener, one port; with TLS, HTTPS and
 * WSS on that port (TLS sits below HTTP on the listener, so the WebSocket upgrade rides on it too).
 * {@link #stop()} closes the WebSocket sessions with 1001 first (Grizzly's graceful shutdown only drains HTTP).
 */
public final class ParleyHttpServer {
    private static final Logger LOG = LoggerFactory.getLogger(ParleyHttpServer.class);
    private static final String LISTENER = "grizzly";

    private final HttpServer http;
    private final WebSocketDeployment webSocket;
    private final OpenSessions sessions;
    private final ServerSettings settings;

    private ParleyHttpServer(HttpServer http, WebSocketDeployment webSocket, OpenSessions sessions, ServerSettings settings) {
        this.http = http;
        this.webSocket = webSocket;
        this.sessions = sessions;
        this.settings = settings;
    }

    /** A server ready to {@link #start()}; {@code clock} measures delivery latency. */
    public static ParleyHttpServer create(ServerUseCases useCases, ServerSettings settings, Clock clock) {
        bridgeJulToSlf4j();
        ServerMetrics metrics = new ServerMetrics(clock);
        Guards guards = Guards.of(settings.limits());
        RestApplication.Shared shared = new RestApplication.Shared(metrics, guards, new AccessLog(metrics),
                new BearerAuthentication(useCases.authenticate()), new BodyLimit(settings.maxBodyBytes()));
        HttpServer http = httpServer(settings, RestApplication.create(useCases, shared));
        addMessageHandler(http, useCases, shared);
        OpenSessions sessions = new OpenSessions(settings.pingInterval(), settings.sessionIdleTimeout());
        NetworkListener listener = http.getListener(LISTENER);
        listener.getTransport().setIOStrategy(WorkerThreadIOStrategy.getInstance());
        settings.workerThreads().ifPresent(count -> listener.getTransport().setWorkerThreadPoolConfig(workerPool(count)));
        WebSocketServices services = new WebSocketServices(useCases.authenticate(), useCases.listOwnAgents(),
                useCases.openDeliverySession(), useCases.sendMessage(), metrics, sessions, guards, settings.maxFrameBytes());
        try {
            return new ParleyHttpServer(http, WebSocketDeployment.install(listener, services), sessions, settings);
        } catch (DeploymentException failed) {
            throw new IllegalStateException("the /ws endpoint could not be deployed", failed);
        }
    }

    /** Not started; with TLS settings, the listener speaks only TLS. */
    private static HttpServer httpServer(ServerSettings settings, ResourceConfig application) {
        URI base = URI.create(settings.scheme() + "://" + settings.host() + ":" + settings.port() + "/");
        return settings.tls()
                .map(tls -> GrizzlyHttpServerFactory.createHttpServer(base, application, true, tls.engineConfigurator(), false))
                .orElseGet(() -> GrizzlyHttpServerFactory.createHttpServer(base, application, false));
    }

    /** A fixed pool of {@code count} worker threads: frames and requests are read, handled and answered on them. */
    private static ThreadPoolConfig workerPool(int count) {
        return ThreadPoolConfig.defaultConfig().copy().setPoolName("parley-worker").setCorePoolSize(count).setMaxPoolSize(count);
    }

    /** {@code POST /message/{friend_id}} straight on Grizzly, mapped to {@code /message/*} ahead of Jersey's root mapping. */
    private static void addMessageHandler(HttpServer http, ServerUseCases useCases, RestApplication.Shared shared) {
        SendMessageHandler handler = new SendMessageHandler(new SendMessageHandler.Parts(useCases.sendMessage(),
                shared.authentication(), shared.bodyLimit(), shared.guards().messages(), shared.metrics(), shared.accessLog()));
        http.getServerConfiguration().addHttpHandler(handler,
                HttpHandlerRegistration.builder().contextPath(SendMessageHandler.CONTEXT).urlPattern("/*").build());
    }

    public void start() throws IOException {
        http.start();
        LOG.info("Parley listening on {}://{}:{}/ (REST and /ws)", settings.scheme(), settings.host(), port());
    }

    /** The bound port, also when the settings asked for port 0. */
    public int port() {
        return http.getListener(LISTENER).getPort();
    }

    /** Closes WebSocket sessions with 1001, waits briefly for them, then drains HTTP requests and stops. */
    public void stop() {
        sessions.closeAll();
        try {
            if (!sessions.awaitAllClosed(Duration.ofSeconds(2))) {
                LOG.warn("{} WebSocket sessions did not close in time", sessions.count());
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
        webSocket.stop();
        try {
            http.shutdown(settings.stopGrace().toMillis(), TimeUnit.MILLISECONDS).get(settings.stopGrace().toMillis() + 1000,
                    TimeUnit.MILLISECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            http.shutdownNow();
        } catch (ExecutionException | TimeoutException failed) {
            LOG.warn("HTTP did not drain in time; stopping now", failed);
            http.shutdownNow();
        }
        LOG.info("Parley stopped");
    }

    private static void bridgeJulToSlf4j() {
        if (!SLF4JBridgeHandler.isInstalled()) {
            SLF4JBridgeHandler.removeHandlersForRootLogger();
            SLF4JBridgeHandler.install();
        }
    }
}
