package dev.parley.adapter.tyrus;

import dev.parley.adapter.inmemory.InMemoryOutbound;
import dev.parley.adapter.server.ParleyHttpServer;
import dev.parley.adapter.server.ServerSettings;
import dev.parley.adapter.server.ServerUseCases;
import dev.parley.domain.DomainSettings;
import dev.parley.domain.Parley;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;

/**
 * A server whose data outlives it: the domain and its stores stay while the HTTP/WebSocket server in front of them
 * stops and starts again on the same port, as a server with a database does across a restart.
 */
final class RestartableServer implements AutoCloseable {
    private final Parley parley = Parley.create(InMemoryOutbound.create(Clock.systemUTC()), DomainSettings.defaults());
    private ParleyHttpServer http;
    private int port;

    RestartableServer() {
        http = started(0);
        port = http.port();
    }

    URI uri() {
        return URI.create("ws://127.0.0.1:" + port);
    }

    /** Stops the server (its WebSockets close with 1001) and starts a new one on the same port. */
    void restart() {
        http.stop();
        http = started(port);
    }

    @Override
    public void close() {
        http.stop();
    }

    private ParleyHttpServer started(int onPort) {
        ServerSettings settings = ServerSettings.defaults("127.0.0.1", onPort)
                .withPingInterval(Duration.ofMillis(500), Duration.ofSeconds(30));
        ParleyHttpServer server = ParleyHttpServer.create(useCases(), settings, Clock.systemUTC());
        try {
            server.start();
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
        return server;
    }

    private ServerUseCases useCases() {
        return new ServerUseCases(parley.signUp(), parley.logIn(), parley.logOut(), parley.refreshTokens(),
                parley.authenticate(), parley.sendFriendRequest(), parley.acceptFriendRequest(), parley.rejectFriendRequest(),
                parley.removeFriend(), parley.listFriends(), parley.listFriendRequests(), parley.registerAgent(),
                parley.updateAgent(), parley.removeAgent(), parley.listOwnAgents(), parley.listFriendAgents(),
                parley.sendMessage(), parley.readHistory(), parley.openDeliverySession());
    }
}
