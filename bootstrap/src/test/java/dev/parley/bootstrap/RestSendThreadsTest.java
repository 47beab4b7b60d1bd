package dev.parley.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.bootstrap.support.Account;
import dev.parley.bootstrap.support.Fixtures;
import dev.parley.bootstrap.support.Reply;
import dev.parley.bootstrap.support.TestServer;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A REST send waits for its commit without holding a worker thread: on a server with one worker, other requests are
 * answered while a send's commit cannot go ahead (another connection holds SQLite's write lock), and the send is
 * answered once it can; a sender that leaves meanwhile still has its message stored.
 */
class RestSendThreadsTest {
    private static Path database;

    @RegisterExtension
    static final TestServer server = new TestServer((config, dir) -> {
        database = dir.resolve("parley.db");
        return config.withDatabase("jdbc:sqlite:" + database).withServer(config.server().withWorkerThreads(1));
    });

    @Test
    void aSendWaitingForItsCommitLeavesTheOnlyWorkerToOtherRequests() throws Exception {
        Fixtures given = server.fixtures();
        Account alice = given.user("alice");
        Account bob = given.user("bob");
        given.agent(bob, "inbox");
        given.befriend(alice, bob);
        CompletableFuture<Reply> send;
        try (Connection blocker = DriverManager.getConnection("jdbc:sqlite:" + database);
                Statement statement = blocker.createStatement()) {
            statement.execute("BEGIN IMMEDIATE");
            send = CompletableFuture.supplyAsync(() -> server.http().post("/message/" + bob.id(),
                    "{\"type\":\"INFORMATION\",\"recipient_agent\":\"inbox\",\"content\":{\"text\":\"later\"}}", alice.token()));
            awaitWriterInSqlite();

            Reply other = server.http().get("/me", alice.token());

            assertThat(other.status()).isEqualTo(200);
            assertThat(send).as("the send still waits for its commit").isNotDone();
            statement.execute("ROLLBACK");
        }
        Reply sent = send.get(20, TimeUnit.SECONDS);
        assertThat(sent.status()).as(sent.toString()).isEqualTo(202);
        assertThat(sent.json().get("seq").asLong()).isEqualTo(1);
    }

    @Test
    void aSenderGoneBeforeItsAnswerLeavesItsMessageStoredAndTheServerServing() throws Exception {
        Fixtures given = server.fixtures();
        Account carol = given.user("carol");
        Account dave = given.user("dave");
        given.agent(dave, "inbox");
        given.befriend(carol, dave);
        String body = "{\"type\":\"INFORMATION\",\"recipient_agent\":\"inbox\",\"content\":{\"text\":\"gone\"}}";
        try (Connection blocker = DriverManager.getConnection("jdbc:sqlite:" + database);
                Statement statement = blocker.createStatement()) {
            statement.execute("BEGIN IMMEDIATE");
            try (Socket client = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
                client.getOutputStream().write(("POST /message/" + dave.id() + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                        + "Authorization: Bearer " + carol.token() + "\r\nContent-Type: application/json\r\n"
                        + "Content-Length: " + body.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n" + body)
                        .getBytes(StandardCharsets.UTF_8));
                client.getOutputStream().flush();
                awaitWriterInSqlite();
            }
            statement.execute("ROLLBACK");
        }

        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        Reply history = server.http().get("/messages?with=" + carol.id(), dave.token());
        while (!history.body().contains("\"text\":\"gone\"") && System.nanoTime() < deadline) {
            Thread.sleep(20);
            history = server.http().get("/messages?with=" + carol.id(), dave.token());
        }
        assertThat(history.status()).isEqualTo(200);
        assertThat(history.body()).as("the message is stored although its sender left").contains("\"text\":\"gone\"");
        assertThat(server.http().get("/me", carol.token()).status()).isEqualTo(200);
    }

    /** Waits until the server's SQLite writer is inside the driver: the send reached it and waits for the lock. */
    private static void awaitWriterInSqlite() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline) {
            boolean inSqlite = Thread.getAllStackTraces().entrySet().stream()
                    .filter(entry -> entry.getKey().getName().endsWith("-writer"))
                    .anyMatch(entry -> Arrays.stream(entry.getValue())
                            .anyMatch(frame -> frame.getClassName().startsWith("org.sqlite.core.")));
            if (inSqlite) {
                return;
            }
            Thread.sleep(10);
        }
        throw new AssertionError("the send never reached the SQLite writer");
    }
}
