package dev.parley.benchmarks.server;

import dev.parley.benchmarks.relay.ReferenceRelay;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * Runs one server under test in this JVM, so the load generator can read its memory and CPU by pid:
 * {@code server relay} (or {@code relay-jersey}), {@code server mem}, {@code server sqlite} (a fresh temporary file), {@code server postgres}
 * (a fresh embedded PostgreSQL), or {@code server jdbc:…}. Prints {@code READY port=N} once it listens; stops on SIGTERM.
 */
public final class ServerMain {
    /** The line the load generator waits for. */
    public static final String READY = "READY port=";

    private ServerMain() {
    }

    public static void main(String[] args) throws Exception {
        String kind = args.length > 0 ? args[0] : "mem";
        Path scratch = Files.createTempDirectory("parley-bench-");
        RunningServer server = start(kind, scratch);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop();
            stopped.countDown();
        }, "bench-server-stop"));
        System.out.println(READY + server.port());
        System.out.flush();
        stopped.await();
    }

    private static RunningServer start(String kind, Path scratch) throws Exception {
        Path key = scratch.resolve("jwt.key");
        return switch (kind) {
            case "relay" -> relay(false);
            case "relay-jersey" -> relay(true);
            case "sqlite" -> ParleyUnderTest.start("127.0.0.1", 0, "jdbc:sqlite:" + scratch.resolve("parley.db"), key);
            case "postgres" -> onEmbeddedPostgres(key);
            default -> ParleyUnderTest.start("127.0.0.1", 0, kind, key);
        };
    }

    private static RunningServer relay(boolean jersey) throws Exception {
        ReferenceRelay relay = ReferenceRelay.start("127.0.0.1", 0, jersey);
        return new RunningServer() {
            @Override
            public int port() {
                return relay.port();
            }

            @Override
            public void stop() {
                relay.stop();
            }
        };
    }

    private static RunningServer onEmbeddedPostgres(Path key) throws IOException {
        EmbeddedPostgres postgres = EmbeddedPostgres.start();
        ParleyUnderTest parley = ParleyUnderTest.start("127.0.0.1", 0, postgres.getJdbcUrl("postgres", "postgres"), key);
        return new RunningServer() {
            @Override
            public int port() {
                return parley.port();
            }

            @Override
            public void stop() {
                parley.stop();
                try {
                    postgres.close();
                } catch (IOException ignored) {
                    // the process is exiting; the temporary cluster goes with it
                }
            }
        };
    }
}
