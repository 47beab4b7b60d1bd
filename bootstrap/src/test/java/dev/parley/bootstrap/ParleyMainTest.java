package dev.parley.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.bootstrap.support.Fixtures;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the {@code parley} command in its own JVM, as {@code ./parley --demo} does. */
class ParleyMainTest {
    private static final Pattern READY = Pattern.compile("Parley is ready on port (\\d+)");

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

    private int loginAsAliceOnADemoServer() throws Exception {
        Process process = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=info", "-cp", System.getProperty("java.class.path"),
                ParleyMain.class.getName(), "--demo", "--port", "0", "--host", "127.0.0.1",
                "--jwt-key-file", dir.resolve("key").toString(), "--db", "jdbc:sqlite:" + dir.resolve("parley.db")))
                .redirectErrorStream(true).start();
        ExecutorService executor = Executors.newSingleThreadExecutor();
        try {
            int port = CompletableFuture.supplyAsync(() -> readyPort(process), executor).get(60, TimeUnit.SECONDS);

            HttpResponse<String> login = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(executor).build()
                    .send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"))
                            .POST(HttpRequest.BodyPublishers.ofString(Fixtures.credentials("alice", "password123"))).build(),
                            HttpResponse.BodyHandlers.ofString());
            assertThat(login.body()).contains("\"username\":\"alice\"");
            return login.statusCode();
        } finally {
            process.destroy();
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
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
        assertThat(help).contains("--host", "--port", "--access-token-ttl", "--refresh-token-ttl", "--jwt-key-file", "--db", "--demo");
    }

    private static int readyPort(Process process) {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                Matcher ready = READY.matcher(line);
                if (ready.find()) {
                    drain(lines);
                    return Integer.parseInt(ready.group(1));
                }
            }
            throw new AssertionError("the server exited before it was ready");
        } catch (IOException failed) {
            throw new AssertionError(failed);
        }
    }

    /** Keeps reading the server's output so it never blocks on a full pipe. */
    private static void drain(BufferedReader lines) {
        Thread drainer = new Thread(() -> {
            try {
                while (lines.readLine() != null) {
                    Thread.onSpinWait();
                }
            } catch (IOException closed) {
                Thread.currentThread().interrupt();
            }
        }, "parley-main-output");
        drainer.setDaemon(true);
        drainer.start();
    }
}
