package dev.parley.benchmarks.server;

import dev.parley.benchmarks.relay.ReferenceRelay;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;

/**
 * Runs one server under test in this JVM, so the load generator can read its memory and CPU by pid:
 * {@code server relay} (or {@code relay-jersey}), {@code server mem}, {@code server sqlite} (a fresh temporary file), {@code server postgres}
 * (a fresh embedded PostgreSQL), or {@code server jdbc:…} (optionally {@code --node-id ID --jwt-key-file FILE}, so several
 * nodes share one database and one signing key); or {@code server database DIR}: a fresh embedded PostgreSQL alone, its
 * data in {@code DIR}, for nodes in other JVMs. Prints {@code READY port=N} once it listens; stops on SIGTERM.
 */
public final class ServerMain {
    /** The line the load generator waits for. */
    public static final String READY = "READY port=";

    private ServerMain() {
    }

    public static void main(String[] args) throws Exception {
        String kind = args.length > 0 ? args[0] : "mem";
        Path scratch = Files.createTempDirectory("parley-bench-");
        RunningServer server = kind.equals("database") ? EmbeddedDatabase.start(Path.of(option(args, 1, "DIR")))
                : start(kind, scratch, Arrays.asList(args).subList(Math.min(1, args.length), args.length));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop();
            stopped.countDown();
        }, "bench-server-stop"));
        System.out.println(READY + server.port());
        System.out.flush();
        stopped.await();
    }

    private static RunningServer start(String kind, Path scratch, List<String> options) throws Exception {
        Path key = named(options, "--jwt-key-file").map(Path::of).orElse(scratch.resolve("jwt.key"));
        return switch (kind) {
            case "relay" -> relay(false);
            case "relay-jersey" -> relay(true);
            case "sqlite" -> ParleyUnderTest.start("127.0.0.1", 0, "jdbc:sqlite:" + scratch.resolve("parley.db"), key);
            case "postgres" -> onEmbeddedPostgres(key);
            default -> named(options, "--node-id")
                    .map(node -> ParleyUnderTest.start("127.0.0.1", 0, kind, key, node))
                    .orElseGet(() -> ParleyUnderTest.start("127.0.0.1", 0, kind, key));
        };
    }

    /** The value after {@code name} among {@code options} ({@code --name VALUE}). */
    static Optional<String> named(List<String> options, String name) {
        int at = options.indexOf(name);
        if (at >= 0 && at + 1 >= options.size()) {
            throw new IllegalArgumentException(name + " needs a value");
        }
        return at < 0 ? Optional.empty() : Optional.of(options.get(at + 1));
    }

    private static String option(String[] args, int index, String name) {
        if (args.length <= index) {
            throw new IllegalArgumentException("server " + args[0] + " needs " + name);
        }
        return args[index];
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
