package dev.parley.benchmarks.load;

import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;

/**
 * One server under measurement, kept running for the whole run: its process, its users and sockets, and the loops
 * that load it. The command measures the targets in turns, so a change in the machine's speed during the run falls
 * on all of them alike.
 */
final class Target implements AutoCloseable {
    private static final double SETTLE_SHARE = 0.25;
    private static final Duration SETTLE_STEP = Duration.ofSeconds(2);
    private static final double SETTLE_QUIET_CORES = 0.05;
    private static final Duration SETTLE_MAX = Duration.ofSeconds(60);

    private final String name;
    private final ServerGroup servers;
    private final Api api;
    private final Rig rig;
    private final Loops loops;
    private final LoadCommand options;

    private Target(String name, ServerGroup servers, Api api, Rig rig, LoadCommand options) {
        this.name = name;
        this.servers = servers;
        this.api = api;
        this.rig = rig;
        this.loops = new Loops(rig, servers, name);
        this.options = options;
    }

    /**
     * Starts the target's processes, makes its pairs (on the first node) and opens their sockets: the senders' on the
     * first node, the recipients' on the last, so with two nodes every message crosses from one to the other.
     */
    static Target start(Layout layout, Function<String, List<String>> jvmOptions, LoadCommand options, HttpClient http)
            throws IOException, InterruptedException {
        Path logs = options.out.toAbsolutePath().getParent();
        Files.createDirectories(logs);
        ServerGroup servers = ServerGroup.start(layout, jvmOptions, logs);
        try {
            Api api = new Api(http, servers.first().port());
            List<Population.Pair> pairs = new Population(api).pairs("p", options.pairs);
            Rig rig = Rig.open(api, new Api(http, servers.last().port()), pairs);
            return new Target(layout.name(), servers, api, rig, options);
        } catch (RuntimeException failed) {
            servers.close();
            throw failed;
        }
    }

    String name() {
        return name;
    }

    /** Whether {@code scenario} is a closed loop, measured at each number of messages in flight it is given. */
    static boolean isClosedLoop(String scenario) {
        return scenario.endsWith("-closed");
    }

    private static Rig.Transport transportOf(String scenario) {
        return scenario.startsWith("rest") ? Rig.Transport.REST : Rig.Transport.WEBSOCKET;
    }

    /** A closed-loop scenario's name in the report, without its messages in flight. */
    static String closedLoopName(String scenario) {
        return switch (scenario) {
            case "ws-closed" -> "WebSocket send, closed loop";
            case "rest-closed" -> "REST send, closed loop";
            default -> throw new IllegalArgumentException("not a closed loop: " + scenario);
        };
    }

    /**
     * Unmeasured load on the transport {@code scenario} sends by, so the JIT has compiled its paths: a closed loop
     * with {@code inFlightPerPair} messages in flight per pair, then a light open loop until the compiler is done
     * ({@link #settle}). Answers how long the settling took.
     */
    Duration warmUp(String scenario, int inFlightPerPair) throws InterruptedException {
        Rig.Transport transport = transportOf(scenario);
        Result warm = loops.closed("warm-up", transport, inFlightPerPair, Duration.ofSeconds(options.warmup));
        return settle(transport, Math.max(1, (int) (warm.deliveredPerSecond() * SETTLE_SHARE)));
    }

    /**
     * While the closed loop fills both cores, the JIT's compile queue falls behind; were the load simply stopped,
     * HotSpot would drop the queued methods as idle and compile them again in the first measured round (measured:
     * up to one core of compiler time for most of a 10 s round, on the relay and on Parley). So the warm-up ends
     * with an open loop at a quarter of the closed loop's rate, which keeps every path in use and leaves the compiler
     * CPU, in steps of {@link #SETTLE_STEP}, until the servers' compiler threads use under
     * {@link #SETTLE_QUIET_CORES} of a core over a step (at most {@link #SETTLE_MAX}).
     */
    private Duration settle(Rig.Transport transport, int perSecond) throws InterruptedException {
        long start = System.nanoTime();
        long deadline = start + SETTLE_MAX.toNanos();
        double quietTicks = SETTLE_QUIET_CORES * ProcStats.TICKS_PER_SECOND * SETTLE_STEP.toMillis() / 1000.0;
        long before = servers.compilerTicks();
        while (System.nanoTime() < deadline) {
            loops.open("settle", transport, perSecond, SETTLE_STEP);
            long after = servers.compilerTicks();
            if (after - before < quietTicks) {
                break;
            }
            before = after;
        }
        return Duration.ofNanos(System.nanoTime() - start);
    }

    /** One round of {@code scenario}; a closed loop keeps {@code inFlightPerPair} messages in flight per pair. */
    Result measure(String scenario, int inFlightPerPair) throws InterruptedException {
        Duration window = Duration.ofSeconds(options.seconds);
        return switch (scenario) {
            case "ws-closed", "rest-closed" -> loops.closed(closedLoopName(scenario) + ", " + inFlightPerPair + " in flight per pair",
                    transportOf(scenario), inFlightPerPair, window);
            case "ws-open" -> loops.open("WebSocket send, open loop at " + options.rate + " msgs/s", Rig.Transport.WEBSOCKET,
                    options.rate, window);
            case "rest-open" -> loops.open("REST send, open loop at " + options.rate + " msgs/s", Rig.Transport.REST,
                    options.rate, window);
            default -> throw new IllegalArgumentException("unknown scenario " + scenario);
        };
    }

    /** The idle test, on users of its own, on the first node (its memory is the one read). */
    IdleCapacity.Outcome idle() throws IOException, InterruptedException {
        List<Population.Account> accounts = new Population(api).accounts("i", options.idleUsers);
        return IdleCapacity.measure(name, servers.first(), api, accounts, options.idleSessions);
    }

    @Override
    public void close() throws InterruptedException {
        rig.close();
        servers.close();
    }
}
