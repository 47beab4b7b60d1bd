package dev.parley.adapter.tyrus;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.ports.client.ParleyClient;
import dev.parley.ports.client.contract.Futures;
import dev.parley.ports.client.contract.RecordingListener;
import dev.parley.ports.model.AgentSelection;
import dev.parley.ports.model.ErrorCode;
import dev.parley.ports.model.LoginTokens;
import dev.parley.ports.model.Password;
import dev.parley.ports.model.Username;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The login outlives its access tokens: refreshed before they expire, and at once when the server refuses one. */
class TokenRefreshTest {
    @RegisterExtension
    static final LiveServer SERVER = LiveServer.withAccessTokensFor(Duration.ofSeconds(2));

    private final TyrusParleyClient client = SERVER.newClient();
    private final String name = "kim_" + UUID.randomUUID().toString().substring(0, 8);

    @AfterEach
    void close() {
        client.close();
    }

    @Test
    void theAccessTokenIsReplacedBeforeItExpiresAndTheStreamStaysOpen() {
        logIn();
        RecordingListener heard = new RecordingListener();
        var stream = Futures.done(client.connect(AgentSelection.all(), heard));
        String first = token();

        Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> !token().equals(first));
        String second = token();
        Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> !token().equals(second));

        assertThat(Futures.done(client.me()).username().value()).isEqualTo(name);
        assertThat(stream.isOpen()).isTrue();
        assertThat(heard.events()).isEmpty();
    }

    @Test
    void anAccessTokenTheServerRefusesIsRefreshedOnceAndTheCallMadeAgain() {
        logIn();
        LoginTokens held = client.loginState().current().orElseThrow();
        client.loginState().begin(new LoginTokens(held.accessToken(), Instant.now().plus(1, ChronoUnit.DAYS),
                held.refreshToken(), held.user()));

        Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> serverRefuses(held.accessToken()));

        assertThat(Futures.done(client.me()).username().value()).isEqualTo(name);
        assertThat(token()).isNotEqualTo(held.accessToken());
    }

    @Test
    void aRefreshTheServerRefusesEndsTheLogin() {
        logIn();
        LoginTokens held = client.loginState().current().orElseThrow();
        client.loginState().begin(new LoginTokens("not-a-token", Instant.now().plus(1, ChronoUnit.DAYS),
                "not-a-refresh-token", held.user()));

        assertThat(Futures.refusal(client.me()).code()).isEqualTo(ErrorCode.UNAUTHORIZED);
        assertThat(client.loginState().current()).isEmpty();
    }

    private void logIn() {
        ParleyClient signer = SERVER.newClient();
        Futures.done(signer.signUp(new Username(name), new Password("password-" + name)));
        signer.close();
        Futures.done(client.logIn(name, "password-" + name));
    }

    private String token() {
        return client.loginState().current().orElseThrow().accessToken();
    }

    private static boolean serverRefuses(String token) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        URI me = URI.create(SERVER.uri().toString().replace("ws://", "http://") + "/me");
        HttpResponse<Void> answer = http.send(HttpRequest.newBuilder(me).header("Authorization", "Bearer " + token).build(),
                HttpResponse.BodyHandlers.discarding());
        return answer.statusCode() == 401;
    }
}
