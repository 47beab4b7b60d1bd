package dev.parley.benchmarks.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The run's tables in Markdown, one per scenario, each target beside the reference relay with the ratio
 * target / reference (throughput: higher is better; latency and memory: lower is better).
 */
final class Report {
    private final String reference;
    private final String settings;
    private final Map<String, List<Result>> byScenario = new LinkedHashMap<>();
    private final List<IdleCapacity.Outcome> idle = new ArrayList<>();
    private final List<String> failures = new ArrayList<>();
    /** Every round of each median kept, in round order: the reference's round i ran next to the target's round i. */
    private final Map<Result, List<Result>> rounds = new IdentityHashMap<>();
    /** Per closed loop, per target: the median at each number of messages in flight per pair, in the order measured. */
    private final Map<String, Map<String, Map<Integer, Result>>> closedLoops = new LinkedHashMap<>();

    Report(String reference, String settings) {
        this.reference = reference;
        this.settings = settings;
    }

    /**
     * Keeps the median of repeated runs of one scenario on one target: by throughput for a closed loop (the load
     * finds the maximum), by p99 for an open loop (the load is fixed); the range of the others goes beside it.
     */
    void add(List<Result> runs) {
        median(runs);
    }

    /**
     * As {@link #add(List)}, for one point of a closed loop's sweep over messages in flight: the maximum table then
     * gives each target's highest median over the points, beside the reference's highest.
     */
    void addClosedLoop(String loop, int inFlightPerPair, List<Result> runs) {
        Result median = median(runs);
        closedLoops.computeIfAbsent(loop, name -> new LinkedHashMap<>())
                .computeIfAbsent(median.target(), target -> new LinkedHashMap<>())
                .put(inFlightPerPair, median);
    }

    private Result median(List<Result> runs) {
        List<Result> sorted = sortedByFigure(runs);
        Result median = sorted.get(sorted.size() / 2);
        rounds.put(median, List.copyOf(runs));
        add(median);
        return median;
    }

    /** An open loop's load is fixed, so its figure is the p99; a closed loop's is the throughput it reached. */
    private static boolean isOpenLoop(String scenario) {
        return scenario.contains("open loop");
    }

    private static List<Result> sortedByFigure(List<Result> runs) {
        boolean open = isOpenLoop(runs.get(0).scenario());
        List<Result> sorted = new ArrayList<>(runs);
        sorted.sort(Comparator.comparingDouble(result -> open ? result.p99() : result.deliveredPerSecond()));
        return sorted;
    }

    /** The lowest and highest figure of a median's rounds, or a dash for a single result. */
    private String range(Result median) {
        List<Result> runs = rounds.get(median);
        if (runs == null) {
            return "–";
        }
        List<Result> sorted = sortedByFigure(runs);
        Result low = sorted.get(0);
        Result high = sorted.get(sorted.size() - 1);
        return isOpenLoop(median.scenario())
                ? millis(low.p99()) + "–" + millis(high.p99()) + " ms p99"
                : String.format(Locale.ROOT, "%.0f–%.0f msgs/s", low.deliveredPerSecond(), high.deliveredPerSecond());
    }

    private void add(Result result) {
        byScenario.computeIfAbsent(result.scenario(), name -> new ArrayList<>()).add(result);
        System.out.println(String.format(Locale.ROOT, "  %-40s %-8s %9.0f msgs/s  p50 %s  p99 %s  max %s  lost %d  errors %d",
                result.scenario(), result.target(), result.deliveredPerSecond(), millis(result.p50()), millis(result.p99()),
                millis(result.max()), result.lost(), result.errors()));
    }

    void add(IdleCapacity.Outcome outcome) {
        idle.add(outcome);
        System.out.println(String.format(Locale.ROOT, "  idle %-8s %d/%d alive, %.1f KiB RSS, %.1f KiB live heap per session",
                outcome.target(), outcome.alive(), outcome.wanted(), outcome.kibPerSession(), outcome.heapKibPerSession()));
    }

    /** A target whose run broke off: what it measured so far stays in the tables. */
    void failed(String target, Exception failure) {
        failures.add(target + ": " + failure);
    }

    String markdown() {
        StringBuilder out = new StringBuilder("Machine: ").append(Machine.describe()).append("\n\n")
                .append("Settings: ").append(settings).append("\n");
        closedLoops.forEach((loop, byTarget) -> maximumTable(out, loop, byTarget));
        byScenario.forEach((scenario, results) -> table(out, scenario, results));
        if (!idle.isEmpty()) {
            idleTable(out);
        }
        failures.forEach(failure -> out.append("\nBroke off: ").append(failure).append('\n'));
        return out.toString();
    }

    void write(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, markdown());
    }

    private void table(StringBuilder out, String scenario, List<Result> results) {
        Optional<Result> base = results.stream().filter(result -> result.target().equals(reference)).findFirst();
        out.append("\n### ").append(scenario).append("\n\n")
                .append("| target | delivered msgs/s | × ref | runs' range | × ref by round | p50 ms | p90 ms | p99 ms | p99 × ref | max ms | sent | lost | dup | out of order | errors | server CPU | generator CPU |\n")
                .append("|---|---:|---:|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        boolean open = isOpenLoop(scenario);
        for (Result result : results) {
            out.append(String.format(Locale.ROOT, "| %s | %.0f | %s | %s | %s | %s | %s | %s | %s | %s | %d | %d | %d | %d | %d | %.2f | %.2f |\n",
                    result.target(), result.deliveredPerSecond(),
                    ratio(base.map(Result::deliveredPerSecond), result.deliveredPerSecond()), range(result),
                    base.map(reference -> byRound(rounds.get(reference), rounds.get(result), open)).orElse("–"),
                    millis(result.p50()), millis(result.p90()), millis(result.p99()),
                    ratio(base.map(value -> (double) value.p99()), result.p99()), millis(result.max()), result.sent(),
                    result.lost(), result.duplicates(), result.outOfOrder(), result.errors(), result.serverCores(),
                    result.generatorCores()));
        }
        if (results.stream().anyMatch(result -> result.shares().size() > 1)) {
            partsTable(out, results);
        }
    }

    /**
     * A closed loop finds a server's maximum only with enough messages in flight to keep it busy, and what is enough
     * differs between servers (a store that commits in groups needs more): each target's highest median over the
     * sweep, at the load it came at, against the reference's highest.
     */
    private void maximumTable(StringBuilder out, String loop, Map<String, Map<Integer, Result>> byTarget) {
        Optional<Double> base = Optional.ofNullable(byTarget.get(reference)).map(Report::best)
                .map(best -> best.getValue().deliveredPerSecond());
        out.append("\n### ").append(loop).append(": maximum over messages in flight\n\n")
                .append("| target | maximum msgs/s | × ref's maximum | in flight per pair | median msgs/s by in flight per pair |\n")
                .append("|---|---:|---:|---:|---|\n");
        byTarget.forEach((target, byLoad) -> {
            Map.Entry<Integer, Result> best = best(byLoad);
            String sweep = byLoad.entrySet().stream()
                    .map(point -> String.format(Locale.ROOT, "%d: %.0f", point.getKey(), point.getValue().deliveredPerSecond()))
                    .collect(Collectors.joining(" · "));
            double perSecond = best.getValue().deliveredPerSecond();
            out.append(String.format(Locale.ROOT, "| %s | %.0f | %s | %d | %s |\n", target, perSecond, ratio(base, perSecond),
                    best.getKey(), sweep));
        });
    }

    /** The point of the sweep with the highest median, and the messages in flight per pair it came at. */
    private static Map.Entry<Integer, Result> best(Map<Integer, Result> byLoad) {
        return byLoad.entrySet().stream()
                .max(Comparator.comparingDouble(point -> point.getValue().deliveredPerSecond())).orElseThrow();
    }

    /**
     * The ratio to the reference round by round (the targets take turns, so round i of each ran at about the same
     * time): the median and the range of the rounds' ratios, of msgs/s for a closed loop, of p99 for an open one.
     */
    static String byRound(List<Result> reference, List<Result> target, boolean open) {
        if (reference == null || target == null || reference.size() != target.size()) {
            return "–";
        }
        List<Double> ratios = new ArrayList<>();
        for (int round = 0; round < target.size(); round++) {
            ratios.add(open
                    ? (double) target.get(round).p99() / reference.get(round).p99()
                    : target.get(round).deliveredPerSecond() / reference.get(round).deliveredPerSecond());
        }
        ratios.sort(Comparator.naturalOrder());
        return String.format(Locale.ROOT, "%.2f (%.2f–%.2f)", ratios.get(ratios.size() / 2), ratios.get(0),
                ratios.get(ratios.size() - 1));
    }

    /** Where each target's server CPU went (each node, PostgreSQL), and each part's memory at the window's end. */
    private static void partsTable(StringBuilder out, List<Result> results) {
        out.append("\nServer CPU by process (cores over the window; no process counted twice) and memory (PSS at the window's end):\n\n")
                .append("| target | process | CPU | PSS MiB |\n|---|---|---:|---:|\n");
        for (Result result : results) {
            for (Result.Share share : result.shares()) {
                out.append(String.format(Locale.ROOT, "| %s | %s | %.2f | %.0f |\n", result.target(), share.process(),
                        share.cores(), share.pssKib() / 1024.0));
            }
        }
    }

    private void idleTable(StringBuilder out) {
        Optional<IdleCapacity.Outcome> base = idle.stream().filter(outcome -> outcome.target().equals(reference)).findFirst();
        out.append("\n### Idle sessions\n\n")
                .append("| target | sessions opened / wanted | answering a ping | RSS before → with sessions, MiB | RSS KiB per session | × ref | live heap KiB per session | × ref | failures |\n")
                .append("|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (IdleCapacity.Outcome outcome : idle) {
            out.append(String.format(Locale.ROOT, "| %s | %d / %d | %d | %.0f → %.0f | %.1f | %s | %.1f | %s | %d |\n",
                    outcome.target(), outcome.opened(), outcome.wanted(), outcome.alive(), outcome.baseline().rssKib() / 1024.0,
                    outcome.loaded().rssKib() / 1024.0, outcome.kibPerSession(),
                    ratio(base.map(IdleCapacity.Outcome::kibPerSession), outcome.kibPerSession()), outcome.heapKibPerSession(),
                    ratio(base.map(IdleCapacity.Outcome::heapKibPerSession), outcome.heapKibPerSession()), outcome.failures()));
        }
    }

    private static String ratio(Optional<Double> base, double value) {
        return base.filter(reference -> reference > 0).map(reference -> String.format(Locale.ROOT, "%.2f", value / reference))
                .orElse("–");
    }

    private static String millis(long micros) {
        return String.format(Locale.ROOT, "%.2f", micros / 1000.0);
    }
}
