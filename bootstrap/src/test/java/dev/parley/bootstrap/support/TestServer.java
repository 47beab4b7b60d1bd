package dev.parley.bootstrap.support;

import dev.parley.adapter.security.Argon2Cost;
import dev.parley.adapter.server.ServerSettings;
import dev.parley.bootstrap.ParleyServer;
import dev.parley.bootstrap.ServerConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BiFunction;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real server on a free port for one test class ({@code @RegisterExtension static final TestServer server}),
 * with the cheapest Argon2 cost so signups stay fast, and clients to talk to it over sockets.
 */
public final class TestServer implements BeforeAllCallback, AfterAllCallback {
    private final BiFunction<ServerConfig, Path, ServerConfig> change;
    private ParleyServer server;
    private ExecutorService executor;
    private HttpApi http;
    private WsClient ws;
    private Path keyDir;

    public TestServer() {
        this((config, dir) -> config);
    }

    /** A server whose configuration {@code change} adjusts; it is handed a scratch folder the server may use. */
    public TestServer(BiFunction<ServerConfig, Path, ServerConfig> change) {
        this.change = change;
    }

    /** A server on its own SQLite file, as {@code parley} runs by default. */
    public static TestServer onSqlite() {
        return new TestServer((config, dir) -> config.withDatabase("jdbc:sqlite:" + dir.resolve("parley.db")));
    }

    /** A server started outside of JUnit's lifecycle; stop it with {@code server().stop()}, then {@link #closeClients()}. */
    public static TestServer started() throws IOException {
        TestServer server = new TestServer();
        server.beforeAll(null);
        return server;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        keyDir = Files.createTempDirectory("parley-test-key");
        server = ParleyServer.create(change.apply(config(keyDir.resolve("jwt.key")), keyDir)).start();
        executor = Executors.newFixedThreadPool(4);
        http = new HttpApi(URI.create("http://127.0.0.1:" + server.port() + "/"), executor);
        ws = new WsClient(URI.create("ws://127.0.0.1:" + server.port() + "/ws"));
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        server.stop();
        closeClients();
    }

    public void closeClients() throws IOException {
        ws.close();
        executor.shutdownNow();
        try (var files = Files.walk(keyDir)) {
            files.sorted(Comparator.reverseOrder()).forEach(TestServer::delete);
        }
    }

    /** The configuration every black-box test runs: port 0, cheap hashing, frequent pings. */
    public static ServerConfig config(Path keyFile) {
        ServerSettings settings = ServerSettings.defaults("127.0.0.1", 0)
                .withPingInterval(Duration.ofMillis(500), Duration.ofSeconds(30));
        return ServerConfig.defaults("127.0.0.1", 0).withServer(settings).withJwtKeyFile(keyFile)
                .withPasswordCost(Argon2Cost.minimal());
    }

    public HttpApi http() {
        return http;
    }

    public WsClient ws() {
        return ws;
    }

    public Fixtures fixtures() {
        return new Fixtures(http);
    }

    public int port() {
        return server.port();
    }

    public ParleyServer server() {
        return server;
    }

    private static void delete(Path path) {
        try {
            Files.delete(path);
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }
}
