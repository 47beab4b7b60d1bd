package dev.parley.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.bootstrap.support.Fixtures;
import dev.parley.bootstrap.support.ServerProcess;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the {@code parley} command in its own JVM, as {@code ./parley --demo} does. */
class ParleyMainTest {
    @TempDir
    Path dir;

    @Test
    void theDemoCommandServesAliceWithTheDemoPassword() throws Exception {
        assertThat(loginAsAliceOnADemoServer()).isEqualTo(200);
        assertThat(dir.resolve("key")).exists();
        assertThat(dir.resolve("parley.db")).exists();
    }

    @Test
    void theDemoCommandStartsAgainOnTheDatabaseItSeeded() throws Exception {
        assertThat(loginAsAliceOnADemoServer()).isEqualTo(200);

        assertThat(loginAsAliceOnADemoServer()).isEqualTo(200);
    }

    @Test
    void aSecondServerOnTheSameSqliteFileIsRefusedWithAClearMessageAndTheFirstServesOn() throws Exception {
        Path database = dir.resolve("parley.db");
        try (ServerProcess first = ServerProcess.start("--demo", "--port", "0", "--host", "127.0.0.1",
                "--jwt-key-file", dir.resolve("key").toString(), "--db", "jdbc:sqlite:" + database)) {
            Process second = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), ParleyMain.class.getName(), "--port", "0", "--host",
                    "127.0.0.1", "--jwt-key-file", dir.resolve("key").toString(), "--db", "jdbc:sqlite:" + database))
                    .redirectErrorStream(true).start();

            String output = new String(second.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

            assertThat(second.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(second.exitValue()).isEqualTo(1);
            assertThat(output).contains("Cannot start:", "is already open in another Parley server").doesNotContain("\tat ");
            assertThat(loginAsAlice(first.port())).isEqualTo(200);
            first.stop();
        }
    }

    private int loginAsAlice(int port) throws Exception {
        ExecutorService executor = Executors.newSingleThreadExecutor();
        try {
            return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(executor).build()
                    .send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"))
                            .POST(HttpRequest.BodyPublishers.ofString(Fixtures.credentials("alice", "password123"))).build(),
                            HttpResponse.BodyHandlers.ofString()).statusCode();
        } finally {
            executor.shutdownNow();
        }
    }

    private int loginAsAliceOnADemoServer() throws Exception {
        ExecutorService executor = Executors.newSingleThreadExecutor();
        try (ServerProcess server = ServerProcess.start("--demo", "--port", "0", "--host", "127.0.0.1",
                "--jwt-key-file", dir.resolve("key").toString(), "--db", "jdbc:sqlite:" + dir.resolve("parley.db"))) {
            HttpResponse<String> login = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(executor).build()
                    .send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/login"))
                            .POST(HttpRequest.BodyPublishers.ofString(Fixtures.credentials("alice", "password123"))).build(),
                            HttpResponse.BodyHandlers.ofString());
            assertThat(login.body()).contains("\"username\":\"alice\"");
            server.stop();
            return login.statusCode();
        } finally {
            executor.shutdownNow();
        }
    }

    @Test
    void helpDescribesEveryFlag() throws Exception {
        Process process = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), ParleyMain.class.getName(), "--help"))
                .redirectErrorStream(true).start();

        String help = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isZero();
        assertThat(help).contains("--host", "--port", "--access-token-ttl", "--refresh-token-ttl", "--jwt-key-file", "--db", "--demo",
                "--rate-messages-per-minute", "--rate-failed-logins-per-minute", "--rate-failed-logins-per-address-per-minute",
                "--max-sessions-per-user", "--max-pending-per-agent", "--tls-keystore", "--tls-password");
    }
}
