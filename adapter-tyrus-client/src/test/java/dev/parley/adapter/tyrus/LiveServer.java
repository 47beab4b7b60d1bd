package dev.parley.adapter.tyrus;

import dev.parley.adapter.security.Argon2Cost;
import dev.parley.adapter.server.ServerSettings;
import dev.parley.bootstrap.ParleyServer;
import dev.parley.bootstrap.ServerConfig;
import dev.parley.domain.DomainSettings;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The real server, composed by bootstrap as {@code parley} runs it, on a free port for one test class
 * ({@code @RegisterExtension static final LiveServer server = LiveServer.standard()}), with the cheapest password
 * hashing so signups stay fast; and WebSocket clients of it with short timings.
 */
final class LiveServer implements BeforeAllCallback, AfterAllCallback {
    private final DomainSettings domain;
    private ParleyServer server;
    private Path keyDir;

    private LiveServer(DomainSettings domain) {
        this.domain = domain;
    }

    static LiveServer standard() {
        return new LiveServer(DomainSettings.defaults());
    }

    /** A server whose access tokens expire after {@code lifetime}. */
    static LiveServer withAccessTokensFor(Duration lifetime) {
        return new LiveServer(new DomainSettings(lifetime, Duration.ofDays(1)));
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        keyDir = Files.createTempDirectory("parley-client-test");
        ServerSettings settings = ServerSettings.defaults("127.0.0.1", 0)
                .withPingInterval(Duration.ofMillis(500), Duration.ofSeconds(30));
        server = ParleyServer.create(ServerConfig.defaults("127.0.0.1", 0).withServer(settings).withDomain(domain)
                .withJwtKeyFile(keyDir.resolve("jwt.key")).withPasswordCost(Argon2Cost.minimal())).start();
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        server.stop();
        Files.deleteIfExists(keyDir.resolve("jwt.key"));
        Files.deleteIfExists(keyDir);
    }

    URI uri() {
        return URI.create("ws://127.0.0.1:" + server.port());
    }

    /** A new, logged-out client of this server with test timings. */
    TyrusParleyClient newClient() {
        return TyrusParleyClient.create(uri(), testSettings());
    }

    static ClientSettings testSettings() {
        return ClientSettings.defaults().withBackoff(Duration.ofMillis(50), Duration.ofMillis(500));
    }
}
