package dev.parley.benchmarks.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The processes of one target, as its {@link Layout} says: one server JVM, or a PostgreSQL in a process of its own
 * ({@code server database}) with one or more Parley nodes on it, each in its own JVM with its own node id and the
 * same signing key. Names the parts whose CPU and memory the report shows, each process counted in one part only
 * (the small JVM that only starts and stops PostgreSQL in none).
 */
final class ServerGroup implements AutoCloseable {
    static final String POSTGRES = "PostgreSQL";
    /** The JVM that starts and stops PostgreSQL does nothing else: small, and not counted in any part. */
    private static final List<String> HOLDER_JVM = List.of("-Xmx128m", "-XX:+UseSerialGC");
    private final Layout layout;
    private final Optional<ServerProcess> database;
    private final Optional<Long> postmaster;
    private final List<ServerProcess> nodes;

    private ServerGroup(Layout layout, Optional<ServerProcess> database, Optional<Long> postmaster, List<ServerProcess> nodes) {
        this.layout = layout;
        this.database = database;
        this.postmaster = postmaster;
        this.nodes = nodes;
    }

    /** Starts the target's processes one after the other; {@code jvm} gives each its JVM options by part name. */
    static ServerGroup start(Layout layout, Function<String, List<String>> jvm, Path logs)
            throws IOException, InterruptedException {
        if (!layout.sharedPostgres()) {
            ServerProcess server = ServerProcess.start(layout.name(), jvm.apply("server"), List.of(layout.store()),
                    log(logs, layout.name()));
            return new ServerGroup(layout, Optional.empty(), Optional.empty(), List.of(server));
        }
        return onPostgres(layout, jvm, logs);
    }

    private static ServerGroup onPostgres(Layout layout, Function<String, List<String>> jvm, Path logs)
            throws IOException, InterruptedException {
        Path scratch = Files.createTempDirectory("parley-bench-db-");
        Path data = scratch.resolve("pgdata");
        ServerProcess database = ServerProcess.start(layout.name() + " database", HOLDER_JVM,
                List.of("database", data.toString()), log(logs, layout.name() + "-database"));
        List<ServerProcess> nodes = new ArrayList<>();
        try {
            ServerGroup group = new ServerGroup(layout, Optional.of(database), Optional.of(postmasterPid(data)), nodes);
            String url = "jdbc:postgresql://localhost:" + database.port() + "/postgres?user=postgres";
            for (int index = 0; index < layout.nodes(); index++) {
                String node = layout.nodeName(index);
                nodes.add(ServerProcess.start(layout.name() + " " + node, jvm.apply(node), List.of(url, "--node-id",
                        "bench-" + node.replace(' ', '-'), "--jwt-key-file", scratch.resolve("jwt.key").toString()),
                        log(logs, layout.name() + "-" + node)));
            }
            return group;
        } catch (IOException | RuntimeException failed) {
            new ServerGroup(layout, Optional.of(database), Optional.empty(), nodes).close();
            throw failed;
        }
    }

    /** The node that serves the senders, REST sends and set-up. */
    ServerProcess first() {
        return nodes.get(0);
    }

    /** The node that serves the recipients' sessions: the last one, so with two nodes every message crosses over. */
    ServerProcess last() {
        return nodes.get(nodes.size() - 1);
    }

    /** CPU ticks the nodes' JIT compilers have used so far (PostgreSQL's processes have none). */
    long compilerTicks() {
        return nodes.stream().mapToLong(node -> ProcStats.compilerTicks(node.pid())).sum();
    }

    /**
     * Each part's processes in {@code snapshot}: the nodes (or the one server), then PostgreSQL's (the postmaster
     * and its backends), none in two parts.
     */
    Map<String, Set<Long>> parts(ProcStats.Snapshot snapshot) {
        Set<Long> postgres = new HashSet<>();
        postmaster.ifPresent(pid -> postgres.addAll(snapshot.tree(List.of(pid))));
        Map<String, Set<Long>> parts = new LinkedHashMap<>();
        for (int index = 0; index < nodes.size(); index++) {
            Set<Long> node = snapshot.tree(List.of(nodes.get(index).pid()));
            node.removeAll(postgres);
            parts.put(layout.sharedPostgres() ? layout.nodeName(index) : "server", node);
        }
        if (postmaster.isPresent()) {
            parts.put(POSTGRES, postgres);
        }
        return parts;
    }

    @Override
    public void close() throws InterruptedException {
        for (ServerProcess node : nodes) {
            node.close();
        }
        if (database.isPresent()) {
            database.get().close();
        }
    }

    /** The first line of {@code postmaster.pid}: the postmaster, which {@code pg_ctl} left running on its own. */
    private static long postmasterPid(Path data) throws IOException {
        return Long.parseLong(Files.readAllLines(data.resolve("postmaster.pid")).get(0).strip());
    }

    private static Path log(Path logs, String name) throws IOException {
        Path file = logs.resolve("server-" + name.replaceAll("[^A-Za-z0-9]", "_") + ".log");
        Files.deleteIfExists(file);
        return file;
    }
}
