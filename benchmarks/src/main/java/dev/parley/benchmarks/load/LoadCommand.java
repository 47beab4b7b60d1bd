package dev.parley.benchmarks.load;

import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code load}: for each scenario, starts every target afresh in its own JVM (the reference relay first) with its
 * users, warms each up on the scenario's transport, measures the scenario in rounds where the targets take turns,
 * and stops them; then writes one report where every figure stands beside the reference's (the median of the
 * rounds, and their range). Fresh servers per scenario, as JMH forks a JVM per benchmark: no scenario inherits the
 * heap, the stored messages or the JIT profile of the one before (the in-memory store keeps every message it was
 * sent, so a later scenario used to run on a heap the earlier ones had filled). A closed loop is measured at each
 * number of messages in flight per pair given ({@code --in-flight}), each on fresh servers: the report's maximum for a
 * target is its best median over them, since what keeps one server busy leaves another waiting.
 */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = "Measures delivery end to end against the reference relay and Parley on each store.")
public final class LoadCommand implements Callable<Integer> {
    static final String REFERENCE = "relay";
    private static final Logger LOG = LoggerFactory.getLogger(LoadCommand.class);

    @Option(names = "--targets", split = ",", defaultValue = "relay,mem,sqlite",
            description = "Servers to measure, the reference first: relay, relay-jersey, mem, sqlite, postgres, postgres-2nodes "
                    + "(two nodes on one PostgreSQL: senders on one, recipients on the other) or a JDBC URL (default: ${DEFAULT-VALUE}).")
    List<String> targets;

    @Option(names = "--scenarios", split = ",", defaultValue = "ws-closed,rest-closed,ws-open,rest-open,idle",
            description = "What to run (default: ${DEFAULT-VALUE}).")
    List<String> scenarios;

    @Option(names = "--pairs", defaultValue = "20", description = "Friend pairs, each a stream sender -> recipient (default: ${DEFAULT-VALUE}).")
    int pairs;

    @Option(names = "--seconds", defaultValue = "15", description = "Measured seconds per scenario (default: ${DEFAULT-VALUE}).")
    int seconds;

    @Option(names = "--warmup", defaultValue = "5", description = "Unmeasured seconds of closed loop on each fresh target before a scenario, followed by a light open loop until its JIT compiler is quiet (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--repeat", defaultValue = "3",
            description = "Times each load scenario is measured; the report shows the median run and the range (default: ${DEFAULT-VALUE}).")
    int repeat;

    @Option(names = "--rate", defaultValue = "1000", description = "Open loop: messages per second offered (default: ${DEFAULT-VALUE}).")
    int rate;

    @Option(names = "--in-flight", split = ",", defaultValue = "8,16,32,64",
            description = "Closed loop: messages in flight per pair, each value measured on fresh servers; the report gives each "
                    + "target's maximum over them (default: ${DEFAULT-VALUE}).")
    List<Integer> inFlight;

    @Option(names = "--idle", defaultValue = "10000", description = "Idle sessions to hold (default: ${DEFAULT-VALUE}).")
    int idleSessions;

    @Option(names = "--idle-users", defaultValue = "500", description = "Users the idle sessions are spread over (default: ${DEFAULT-VALUE}).")
    int idleUsers;

    @Option(names = "--server-jvm", defaultValue = "-Xms2g -Xmx2g -XX:+AlwaysPreTouch",
            description = "JVM options of every server: a fixed heap, its pages touched at start, as long-running servers have "
                    + "them (default: ${DEFAULT-VALUE}).")
    String serverJvm;

    @Option(names = "--jfr", description = "Record each server with JFR (profile settings) into this folder.")
    Path jfr;

    @Option(names = "--out", defaultValue = "benchmarks/target/load-report.md", description = "Report file (default: ${DEFAULT-VALUE}).")
    Path out;

    @Override
    public Integer call() throws Exception {
        Report report = new Report(REFERENCE, settings());
        ExecutorService executor = Executors.newFixedThreadPool(2, Rig.daemon("gen-http"));
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(executor)
                .connectTimeout(Duration.ofSeconds(30)).build();
        for (String scenario : scenarios) {
            if (scenario.equals("idle")) {
                continue;
            }
            for (int load : Target.isClosedLoop(scenario) ? inFlight : List.of(Collections.max(inFlight))) {
                List<Target> running = start(http, report);
                try {
                    for (Target target : running) {
                        Duration settled = target.warmUp(scenario, load);
                        System.out.printf("  %s: warmed up, the JIT settled after %d s more%n", target.name(), settled.toSeconds());
                    }
                    inTurns(running, scenario, load, report);
                } finally {
                    closeAll(running);
                }
                report.write(out);
            }
        }
        if (scenarios.contains("idle")) {
            List<Target> running = start(http, report);
            try {
                for (Target target : running) {
                    report.add(target.idle());
                }
            } finally {
                closeAll(running);
            }
        }
        report.write(out);
        System.out.println(report.markdown());
        System.out.println("Report written to " + out.toAbsolutePath());
        return 0;
    }

    private static void closeAll(List<Target> running) throws InterruptedException {
        for (Target target : running) {
            target.close();
        }
    }

    /** Starts every target; one that cannot start is reported and left out. */
    private List<Target> start(HttpClient http, Report report) throws InterruptedException {
        List<Target> running = new ArrayList<>();
        for (String target : targets) {
            System.out.println("== starting " + target);
            try {
                running.add(Target.start(Layout.of(target), part -> serverOptions(target, part), this, http));
            } catch (IOException | RuntimeException failed) {
                report.failed(target, failed);
                LOG.error("{} did not start", target, failed);
            }
        }
        return running;
    }

    /**
     * Measures the scenario {@code repeat} times on each target, the targets taking turns within each round; a closed
     * loop with {@code inFlightPerPair} messages in flight per pair.
     */
    private void inTurns(List<Target> running, String scenario, int inFlightPerPair, Report report) throws InterruptedException {
        Map<Target, List<Result>> runs = new LinkedHashMap<>();
        running.forEach(target -> runs.put(target, new ArrayList<>()));
        for (int round = 0; round < repeat; round++) {
            for (Target target : running) {
                Result result = target.measure(scenario, inFlightPerPair);
                System.out.printf(Locale.ROOT, "    round %d, %s: %.0f msgs/s, p99 %.2f ms, server CPU %.2f%n", round + 1, target.name(),
                        result.deliveredPerSecond(), result.p99() / 1e3, result.serverCores());
                runs.get(target).add(result);
            }
        }
        for (List<Result> results : runs.values()) {
            if (Target.isClosedLoop(scenario)) {
                report.addClosedLoop(Target.closedLoopName(scenario), inFlightPerPair, results);
            } else {
                report.add(results);
            }
        }
    }

    /** The JVM options of one part of a target: the server, a node, or the process holding PostgreSQL. */
    private List<String> serverOptions(String target, String part) {
        List<String> options = new ArrayList<>(Arrays.asList(serverJvm.trim().split("\\s+")));
        if (jfr != null) {
            String name = (part.equals("server") ? target : target + "-" + part).replaceAll("[^A-Za-z0-9]", "_");
            options.add("-XX:StartFlightRecording=settings=profile,dumponexit=true,filename="
                    + jfr.resolve(name + ".jfr").toAbsolutePath());
        }
        return options;
    }

    private String settings() {
        return String.format("%d pairs, fresh servers per scenario, median of %d runs of %d s per point after %d s warm-up (then a light load until the JIT is quiet), closed loop %s in flight per pair (each on fresh servers), "
                        + "open loop %d msgs/s, %d idle sessions over %d users, server JVM `%s`, acks every %d ms",
                pairs, repeat, seconds, warmup,
                inFlight.stream().map(String::valueOf).collect(Collectors.joining(", ")), rate, idleSessions, idleUsers, serverJvm, Rig.ACK_MILLIS);
    }
}
