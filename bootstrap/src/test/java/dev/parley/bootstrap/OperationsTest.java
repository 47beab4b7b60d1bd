package dev.parley.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.bootstrap.support.Account;
import dev.parley.bootstrap.support.Fixtures;
import dev.parley.bootstrap.support.Reply;
import dev.parley.bootstrap.support.TestServer;
import dev.parley.bootstrap.support.WsConnection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class OperationsTest {
    @RegisterExtension
    static final TestServer server = new TestServer();

    private final Fixtures given = server.fixtures();

    @Test
    void healthAnswersOkWithoutAToken() {
        Reply health = server.http().get("/health");

        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().get("status").asText()).isEqualTo("ok");
    }

    @Test
    void metricsCountRequestsSessionsAndMessagesInPrometheusFormat() {
        Account alice = given.user("alice");
        Account bob = given.user("bob");
        given.befriend(alice, bob);
        given.agent(bob, "assistant");
        WsConnection bobs = server.ws().connect(bob.token());
        given.text(alice, bob, "assistant", "counted");
        bobs.take("message");

        Reply metrics = server.http().get("/metrics");

        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.contentType()).startsWith("text/plain");
        assertThat(metrics.body())
                .contains("http_server_requests_seconds_count{method=\"POST\",route=\"/message/{friend_id}\",status=\"202\"}")
                .containsPattern("parley_websocket_sessions_open(\\{[^}]*\\})? [1-9]")
                .containsPattern("parley_messages_accepted_total(\\{[^}]*\\})? [1-9]")
                .containsPattern("parley_messages_delivered_total(\\{[^}]*\\})? [1-9]")
                .contains("parley_delivery_latency_seconds_count");
        bobs.close();
    }
}
