package dev.parley.benchmarks.load;

import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * One server under measurement, kept running for the whole run: its process, its users and sockets, and the loops
 * that load it. The command measures the targets in turns, so a change in the machine's speed during the run falls
 * on all of them alike.
 */
final class Target implements AutoCloseable {
    private final String name;
    private final ServerProcess server;
    private final Api api;
    private final Rig rig;
    private final Loops loops;
    private final LoadCommand options;

    private Target(String name, ServerProcess server, Api api, Rig rig, LoadCommand options) {
        this.name = name;
        this.server = server;
        this.api = api;
        this.rig = rig;
        this.loops = new Loops(rig, server.pid(), name);
        this.options = options;
    }

    /** Starts the server, makes its pairs and opens their sockets. */
    static Target start(String name, List<String> jvmOptions, LoadCommand options, HttpClient http)
            throws IOException, InterruptedException {
        Path log = options.out.toAbsolutePath().resolveSibling("server-" + name.replaceAll("[^A-Za-z0-9]", "_") + ".log");
        Files.createDirectories(log.getParent());
        Files.deleteIfExists(log);
        ServerProcess server = ServerProcess.start(name, jvmOptions, log);
        try {
            Api api = new Api(http, server.port());
            Rig rig = Rig.open(api, new Population(api).pairs("p", options.pairs));
            return new Target(name, server, api, rig, options);
        } catch (RuntimeException failed) {
            server.close();
            throw failed;
        }
    }

    String name() {
        return name;
    }

    /** Unmeasured closed loops on both transports, so the JIT has compiled both paths. */
    void warmUp() throws InterruptedException {
        Duration warmup = Duration.ofSeconds(options.warmup);
        loops.closed("warm-up", Rig.Transport.WEBSOCKET, options.inFlight, warmup);
        loops.closed("warm-up", Rig.Transport.REST, options.inFlight, warmup);
    }

    Result measure(String scenario) throws InterruptedException {
        Duration window = Duration.ofSeconds(options.seconds);
        return switch (scenario) {
            case "ws-closed" -> loops.closed("WebSocket send, closed loop, " + options.inFlight + " in flight per pair",
                    Rig.Transport.WEBSOCKET, options.inFlight, window);
            case "rest-closed" -> loops.closed("REST send, closed loop, " + options.inFlight + " in flight per pair",
                    Rig.Transport.REST, options.inFlight, window);
            case "ws-open" -> loops.open("WebSocket send, open loop at " + options.rate + " msgs/s", Rig.Transport.WEBSOCKET,
                    options.rate, window);
            case "rest-open" -> loops.open("REST send, open loop at " + options.rate + " msgs/s", Rig.Transport.REST,
                    options.rate, window);
            default -> throw new IllegalArgumentException("unknown scenario " + scenario);
        };
    }

    /** The idle test, on users of its own. */
    IdleCapacity.Outcome idle() throws IOException, InterruptedException {
        List<Population.Account> accounts = new Population(api).accounts("i", options.idleUsers);
        return IdleCapacity.measure(server, api, accounts, options.idleSessions);
    }

    @Override
    public void close() throws InterruptedException {
        rig.close();
        server.close();
    }
}
