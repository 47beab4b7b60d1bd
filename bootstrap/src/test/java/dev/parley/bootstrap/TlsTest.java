package dev.parley.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.adapter.server.TlsSettings;
import dev.parley.bootstrap.support.Account;
import dev.parley.bootstrap.support.Fixtures;
import dev.parley.bootstrap.support.HttpApi;
import dev.parley.bootstrap.support.SelfSignedKeystore;
import dev.parley.bootstrap.support.TestServer;
import dev.parley.bootstrap.support.WsClient;
import dev.parley.bootstrap.support.WsConnection;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.glassfish.tyrus.client.ClientManager;
import org.glassfish.tyrus.client.ClientProperties;
import org.glassfish.tyrus.client.SslEngineConfigurator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --tls-keystore}: HTTPS and WSS on the one port, checked with clients that trust only the test's own certificate. */
class TlsTest {
    private static final String PASSWORD = "keystore-secret";

    @TempDir
    static Path dir;
    private static ParleyServer server;
    private static ExecutorService executor;
    private static HttpApi https;
    private static WsClient wss;

    @BeforeAll
    static void startOverTls() throws Exception {
        SelfSignedKeystore keystore = SelfSignedKeystore.create(dir.resolve("server.p12"), PASSWORD);
        ServerConfig config = TestServer.config(dir.resolve("jwt.key"));
        server = ParleyServer.create(config.withServer(config.server().withTls(new TlsSettings(keystore.file(), PASSWORD)))).start();
        executor = Executors.newFixedThreadPool(2);
        https = new HttpApi(URI.create("https://127.0.0.1:" + server.port() + "/"), HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1).executor(executor).sslContext(keystore.trustingContext())
                .connectTimeout(Duration.ofSeconds(5)).build());
        ClientManager tyrus = ClientManager.createClient();
        tyrus.getProperties().put(ClientProperties.SSL_ENGINE_CONFIGURATOR, new SslEngineConfigurator(keystore.trustingContext()));
        wss = new WsClient(URI.create("wss://127.0.0.1:" + server.port() + "/ws"), tyrus);
    }

    @AfterAll
    static void stop() {
        server.stop();
        wss.close();
        executor.shutdownNow();
    }

    @Test
    void restIsServedOverHttps() {
        Fixtures given = new Fixtures(https);
        Account alice = given.user("alice");

        assertThat(https.get("/health").status()).isEqualTo(200);
        assertThat(https.get("/me", alice.token()).json().get("username").asText()).isEqualTo(alice.username());
    }

    @Test
    void messagesAreDeliveredOverWss() {
        Fixtures given = new Fixtures(https);
        Account alice = given.user("alice");
        Account bob = given.user("bob");
        given.agent(bob, "inbox");
        given.befriend(alice, bob);
        WsConnection bobs = wss.connect(bob.token());

        given.text(alice, bob, "inbox", "over tls");

        assertThat(bobs.take("message").at("/message/content/text").asText()).isEqualTo("over tls");
        bobs.close();
    }

    @Test
    void plainHttpOnTheTlsPortGetsNoAnswer() {
        HttpClient plain = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(executor)
                .connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest health = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/health"))
                .timeout(Duration.ofSeconds(10)).build();

        assertThatThrownBy(() -> plain.send(health, HttpResponse.BodyHandlers.ofString())).isInstanceOf(IOException.class);
    }

    @Test
    void aWrongKeystorePasswordStopsTheServerFromStartingWithoutSayingThePassword() {
        ServerConfig config = TestServer.config(dir.resolve("jwt.key"));
        TlsSettings wrong = new TlsSettings(dir.resolve("server.p12"), "not-the-" + PASSWORD);

        assertThatThrownBy(() -> ParleyServer.create(config.withServer(config.server().withTls(wrong))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("server.p12")
                .hasMessageNotContaining(PASSWORD);
        assertThat(wrong.toString()).doesNotContain(PASSWORD);
    }
}
