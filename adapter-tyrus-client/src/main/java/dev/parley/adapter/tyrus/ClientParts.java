package dev.parley.adapter.tyrus;

import java.net.http.HttpClient;
import java.time.Clock;
import org.glassfish.tyrus.client.ClientManager;
import org.glassfish.tyrus.client.ClientProperties;

/** The pieces one {@link TyrusParleyClient} is made of, wired together once, closed together. */
record ClientParts(ClientThreads threads, ClientManager tyrus, HttpExchange exchange, RestCalls rest, Sessions sessions,
        Streams streams, LoginState login) {

    static ClientParts assemble(ServerAddress address, ClientSettings settings) {
        ClientThreads threads = new ClientThreads();
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .executor(threads.io())
                .connectTimeout(settings.requestTimeout())
                .build();
        HttpExchange exchange = new HttpExchange(http, address, settings.requestTimeout());
        LoginState login = new LoginState(exchange, threads.timer(), settings.refreshMargin(), Clock.systemUTC());
        ClientManager tyrus = ClientManager.createClient();
        tyrus.getProperties().put(ClientProperties.HANDSHAKE_TIMEOUT, settings.requestTimeout().toMillis());
        // No Tyrus idle timer (at 0 it still hands a task to its scheduler for every frame in and out): the
        // stream's own keep-alive pings the server and closes a connection that stops answering.
        tyrus.setDefaultMaxSessionIdleTimeout(-1);
        Connector connector = new Connector(tyrus, address, login, threads.io());
        Streams streams = new Streams(new StreamRuntime(connector, threads.timer(), settings, threads.delivery()));
        RestCalls rest = new RestCalls(exchange, login);
        return new ClientParts(threads, tyrus, exchange, rest, new Sessions(exchange, rest, login, streams), streams, login);
    }

    void close() {
        streams.closeAll();
        login.end();
        threads.shutdown();
        tyrus.shutdown();
    }
}
