package dev.parley.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.bootstrap.support.Account;
import dev.parley.bootstrap.support.Fixtures;
import dev.parley.bootstrap.support.HttpApi;
import dev.parley.bootstrap.support.Reply;
import dev.parley.bootstrap.support.ServerProcess;
import dev.parley.bootstrap.support.WsClient;
import dev.parley.bootstrap.support.WsConnection;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server on SQLite in a JVM of its own, killed with SIGKILL after answering {@code 202} and {@code sent}, then
 * started again on the same database and signing key: every accepted message is still delivered, in seq order,
 * and idempotency keys still hold. The tokens handed out before the kill are used after it: the login sessions are
 * in the database and the key file is the same, so nobody has to log in again.
 */
class NothingLostAcrossAKillTest {
    private static final int TO_OFFLINE = 5;
    private static final int TO_ONLINE = 4;

    @TempDir
    Path dir;
    private final ExecutorService executor = Executors.newFixedThreadPool(2);
    private final List<WsClient> clients = new ArrayList<>();

    @AfterEach
    void closeClients() {
        clients.forEach(WsClient::close);
        executor.shutdownNow();
    }

    @Test
    void everyAcceptedMessageIsDeliveredInSeqOrderAfterTheServerIsKilled() throws Exception {
        Before before;
        try (ServerProcess server = start()) {
            before = sendThenLeaveUnacknowledged(server.port());
            assertThat(server.kill()).as("exit status of a JVM killed by SIGKILL").isEqualTo(128 + 9);
        }

        try (ServerProcess server = start()) {
            HttpApi http = http(server.port());
            assertThat(http.get("/me", before.bob().token()).status()).isEqualTo(200);
            WsConnection bobs = ws(server.port()).connect(before.bob().token());
            WsConnection carols = ws(server.port()).connect(before.carol().token());

            assertThat(ids(takeMessages(bobs, TO_OFFLINE))).isEqualTo(ids(before.toBob()));
            assertThat(ids(takeMessages(carols, TO_ONLINE))).isEqualTo(ids(before.toCarol()));
            assertThat(seqs(before.toBob())).containsExactly(1L, 2L, 3L, 4L, 5L);
            assertThat(seqs(before.toCarol())).containsExactly(1L, 2L, 3L, 4L);
        }
    }

    @Test
    void anIdempotencyKeyUsedBeforeTheKillStillAnswersTheFirstMessageAndStoresNothing() throws Exception {
        Before before;
        try (ServerProcess server = start()) {
            before = sendThenLeaveUnacknowledged(server.port());
            server.kill();
        }

        try (ServerProcess server = start()) {
            HttpApi http = http(server.port());
            Reply repeat = http.post("/message/" + before.bob().id(), body("again", "key-2"), before.alice().token());
            assertThat(repeat.status()).isEqualTo(202);
            assertThat(repeat.json().get("id")).isEqualTo(before.toBob().get(1).get("id"));
            assertThat(repeat.json().get("seq").asLong()).isEqualTo(2);

            Reply fresh = http.post("/message/" + before.bob().id(), body("new", "key-9"), before.alice().token());
            assertThat(fresh.json().get("seq").asLong()).as("nothing was stored by the repeat").isEqualTo(TO_OFFLINE + 1);
            WsConnection bobs = ws(server.port()).connect(before.bob().token());
            assertThat(seqs(takeMessages(bobs, TO_OFFLINE + 1))).containsExactly(1L, 2L, 3L, 4L, 5L, 6L);
        }
    }

    /**
     * What was accepted before the kill ({@code 202} by REST, {@code sent} on the WebSocket): bob offline throughout,
     * carol online, receiving, and never acknowledging.
     */
    private record Before(Account alice, Account bob, Account carol, List<JsonNode> toBob, List<JsonNode> toCarol) {
    }

    private Before sendThenLeaveUnacknowledged(int port) {
        HttpApi http = http(port);
        Fixtures given = new Fixtures(http);
        Account alice = given.user("alice");
        Account bob = given.user("bob");
        Account carol = given.user("carol");
        given.agent(bob, "inbox");
        given.agent(carol, "desk");
        given.befriend(alice, bob);
        given.befriend(alice, carol);
        List<JsonNode> toBob = new ArrayList<>();
        for (int i = 1; i <= TO_OFFLINE; i++) {
            toBob.add(accepted(http.post("/message/" + bob.id(), body("to bob " + i, "key-" + i), alice.token())));
        }
        WsConnection carols = ws(port).connect(carol.token());
        WsConnection alices = ws(port).connect(alice.token());
        List<JsonNode> toCarol = new ArrayList<>();
        for (int i = 1; i <= TO_ONLINE; i += 2) {
            toCarol.add(accepted(http.post("/message/" + carol.id(), body("to carol " + i, "desk", "c-" + i), alice.token())));
            alices.send("{\"action\":\"send\",\"ref\":" + (i + 1) + ",\"to\":\"" + carol.id() + "\","
                    + body("to carol " + (i + 1), "desk", "c-" + (i + 1)).substring(1));
            toCarol.add(alices.take("sent").get("message"));
        }
        assertThat(ids(takeMessages(carols, TO_ONLINE))).as("carol received them and did not ack").isEqualTo(ids(toCarol));
        return new Before(alice, bob, carol, toBob, toCarol);
    }

    private ServerProcess start() throws Exception {
        return ServerProcess.start("--port", "0", "--host", "127.0.0.1", "--jwt-key-file", dir.resolve("jwt.key").toString(),
                "--db", "jdbc:sqlite:" + dir.resolve("parley.db"));
    }

    private HttpApi http(int port) {
        return new HttpApi(URI.create("http://127.0.0.1:" + port + "/"), executor);
    }

    private WsClient ws(int port) {
        WsClient client = new WsClient(URI.create("ws://127.0.0.1:" + port + "/ws"));
        clients.add(client);
        return client;
    }

    private static JsonNode accepted(Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(202);
        return reply.json();
    }

    /** The next {@code count} message frames' messages, then (after a ping barrier) checks that no more came. */
    private static List<JsonNode> takeMessages(WsConnection connection, int count) {
        List<JsonNode> messages = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            messages.add(connection.take("message").get("message"));
        }
        assertThat(connection.messagesSoFar()).isEmpty();
        return messages;
    }

    private static String body(String text, String key) {
        return body(text, "inbox", key);
    }

    private static String body(String text, String agent, String key) {
        return "{\"type\":\"INFORMATION\",\"recipient_agent\":\"" + agent + "\",\"content\":{\"text\":\"" + text
                + "\"},\"idempotency_key\":\"" + key + "\"}";
    }

    private static List<String> ids(List<JsonNode> messages) {
        return messages.stream().map(message -> message.get("id").asText()).toList();
    }

    private static List<Long> seqs(List<JsonNode> messages) {
        return messages.stream().map(message -> message.get("seq").asLong()).toList();
    }
}
