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
import java.sql.SQLException;
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
        Account alice = server.fixtures().user("alice");
        Account bob = friendWithAnInbox(alice, "bob");
        CompletableFuture<Reply> send;
        try (HeldWriteLock held = HeldWriteLock.on(database)) {
            send = CompletableFuture.supplyAsync(() -> server.http().post("/message/" + bob.id(), text("later"), alice.token()));
            awaitWriterInSqlite();

            Reply other = server.http().get("/me", alice.token());

            assertThat(other.status()).isEqualTo(200);
            assertThat(send).as("the send still waits for its commit").isNotDone();
        }
        Reply sent = send.get(20, TimeUnit.SECONDS);
        assertThat(sent.status()).as(sent.toString()).isEqualTo(202);
        assertThat(sent.json().get("seq").asLong()).isEqualTo(1);
    }

    @Test
    void aSenderGoneBeforeItsAnswerLeavesItsMessageStoredAndTheServerServing() throws Exception {
        Account carol = server.fixtures().user("carol");
        Account dave = friendWithAnInbox(carol, "dave");
        String body = text("gone");
        try (HeldWriteLock held = HeldWriteLock.on(database)) {
            try (Socket client = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
                client.getOutputStream().write(("POST /message/" + dave.id() + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                        + "Authorization: Bearer " + carol.token() + "\r\nContent-Type: application/json\r\n"
                        + "Content-Length: " + body.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n" + body)
                        .getBytes(StandardCharsets.UTF_8));
                client.getOutputStream().flush();
                awaitWriterInSqlite();
            }
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

    /** A new user with an agent {@code inbox}, a friend of {@code sender}. */
    private static Account friendWithAnInbox(Account sender, String prefix) {
        Fixtures given = server.fixtures();
        Account recipient = given.user(prefix);
        given.agent(recipient, "inbox");
        given.befriend(sender, recipient);
        return recipient;
    }

    private static String text(String text) {
        return "{\"type\":\"INFORMATION\",\"recipient_agent\":\"inbox\",\"content\":{\"text\":\"" + text + "\"}}";
    }

    /** SQLite's write lock held by a connection of the test's own until closed: the server's writer waits meanwhile. */
    private record HeldWriteLock(Connection connection) implements AutoCloseable {
        static HeldWriteLock on(Path database) throws SQLException {
            Connection connection = DriverManager.getConnection("jdbc:sqlite:" + database);
            try (Statement statement = connection.createStatement()) {
                statement.execute("BEGIN IMMEDIATE");
            } catch (SQLException failed) {
                connection.close();
                throw failed;
            }
            return new HeldWriteLock(connection);
        }

        @Override
        public void close() throws SQLException {
            try (connection; Statement statement = connection.createStatement()) {
                statement.execute("ROLLBACK");
            }
        }
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
