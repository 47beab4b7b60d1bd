package dev.parley.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.adapter.server.limits.Limits;
import dev.parley.bootstrap.support.Account;
import dev.parley.bootstrap.support.Fixtures;
import dev.parley.bootstrap.support.Reply;
import dev.parley.bootstrap.support.TestServer;
import dev.parley.bootstrap.support.WsConnection;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Messages per user, counted over REST and WebSocket together: {@code 429} with {@code Retry-After}, or an error frame. */
class MessageRateLimitTest {
    private static final int PER_MINUTE = 3;

    @RegisterExtension
    static final TestServer server = new TestServer((config, dir) -> config.withServer(
            config.server().withLimits(Limits.defaults().withMessagesPerMinute(PER_MINUTE))));

    private Account alice;
    private Account bob;

    @BeforeEach
    void friends() {
        Fixtures given = server.fixtures();
        alice = given.user("alice");
        bob = given.user("bob");
        given.agent(bob, "inbox");
        given.befriend(alice, bob);
    }

    @Test
    void oneMessageOverTheRateIs429RateLimitedWithRetryAfter() {
        for (int i = 0; i < PER_MINUTE; i++) {
            assertThat(send(alice, bob).status()).isEqualTo(202);
        }

        Reply refused = send(alice, bob);

        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.code()).isEqualTo("rate_limited");
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(Long.parseLong(refused.header("Retry-After").orElseThrow())).isBetween(1L, 60L);
    }

    @Test
    void theLimitIsPerUser() {
        for (int i = 0; i < PER_MINUTE; i++) {
            send(alice, bob);
        }
        server.fixtures().agent(alice, "desk");

        assertThat(server.http().post("/message/" + alice.id(),
                "{\"type\":\"INFORMATION\",\"recipient_agent\":\"desk\",\"content\":{}}", bob.token()).status()).isEqualTo(202);
    }

    @Test
    void aWebSocketSendOverTheRateGetsAnErrorFrameAndTheSessionStaysOpen() {
        send(alice, bob);
        WsConnection alices = server.ws().connect(alice.token());
        for (int i = 1; i < PER_MINUTE; i++) {
            alices.send(sendFrame(i));
            alices.take("sent");
        }

        alices.send(sendFrame(99));
        JsonNode error = alices.take("error");

        assertThat(error.get("ref").asInt()).isEqualTo(99);
        assertThat(error.get("status").asInt()).isEqualTo(429);
        assertThat(error.get("code").asText()).isEqualTo("rate_limited");
        assertThat(error.get("retry_after").asLong()).isBetween(1L, 60L);
        assertThat(alices.ready().isOpen()).isTrue();
        alices.close();
    }

    private String sendFrame(int ref) {
        return "{\"action\":\"send\",\"ref\":" + ref + ",\"to\":\"" + bob.id()
                + "\",\"type\":\"INFORMATION\",\"recipient_agent\":\"inbox\",\"content\":{\"n\":" + ref + "}}";
    }

    private static Reply send(Account from, Account to) {
        return server.http().post("/message/" + to.id(), "{\"type\":\"INFORMATION\",\"recipient_agent\":\"inbox\",\"content\":{}}",
                from.token());
    }
}
