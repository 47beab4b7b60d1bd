package dev.parley.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.bootstrap.support.Account;
import dev.parley.bootstrap.support.Fixtures;
import dev.parley.bootstrap.support.Reply;
import dev.parley.bootstrap.support.TestServer;
import dev.parley.bootstrap.support.WsConnection;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Pending messages per recipient agent: the sender of one too many hears {@code 429}, the message is never dropped silently. */
class MailboxLimitTest {
    private static final int PENDING = 3;

    @RegisterExtension
    static final TestServer server = new TestServer((config, dir) -> config.withDomain(
            config.domain().withMaxPendingPerAgent(PENDING)).withDatabase("jdbc:sqlite:" + dir.resolve("parley.db")));

    private Account alice;
    private Account bob;

    @BeforeEach
    void friends() {
        Fixtures given = server.fixtures();
        alice = given.user("alice");
        bob = given.user("bob");
        given.agent(bob, "inbox");
        given.agent(bob, "desk");
        given.befriend(alice, bob);
    }

    @Test
    void aFullMailboxRefusesTheSenderWith429AndSaysWhy() {
        fill();

        Reply refused = send("inbox");

        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.code()).isEqualTo("rate_limited");
        assertThat(refused.json().get("detail").asText()).contains("recipient's mailbox is full", "agent inbox");
        assertThat(refused.header("Retry-After")).contains("60");
        assertThat(send("desk").status()).as("another agent of the same user has room").isEqualTo(202);
    }

    @Test
    void aWebSocketSendToAFullMailboxGetsAnErrorFrame() {
        fill();
        WsConnection alices = server.ws().connect(alice.token());

        alices.send("{\"action\":\"send\",\"ref\":\"r1\",\"to\":\"" + bob.id()
                + "\",\"type\":\"INFORMATION\",\"recipient_agent\":\"inbox\",\"content\":{}}");
        JsonNode error = alices.take("error");

        assertThat(error.get("ref").asText()).isEqualTo("r1");
        assertThat(error.get("status").asInt()).isEqualTo(429);
        assertThat(error.get("code").asText()).isEqualTo("rate_limited");
        alices.close();
    }

    @Test
    void acknowledgingMakesRoomAgain() {
        fill();
        WsConnection bobs = server.ws().connect(bob.token());
        long last = 0;
        for (int i = 0; i < PENDING; i++) {
            last = bobs.take("message").get("message").get("seq").asLong();
        }

        bobs.send("{\"action\":\"ack\",\"seq\":" + last + "}");
        bobs.ready();

        assertThat(send("inbox").status()).isEqualTo(202);
        bobs.close();
    }

    private void fill() {
        for (int i = 0; i < PENDING; i++) {
            assertThat(send("inbox").status()).isEqualTo(202);
        }
    }

    private Reply send(String agent) {
        return server.http().post("/message/" + bob.id(),
                "{\"type\":\"INFORMATION\",\"recipient_agent\":\"" + agent + "\",\"content\":{}}", alice.token());
    }
}
