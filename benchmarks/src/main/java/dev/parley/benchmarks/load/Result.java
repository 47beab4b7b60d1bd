package dev.parley.benchmarks.load;

import java.util.List;
import org.HdrHistogram.Histogram;

/**
 * One scenario measured on one target; latencies in microseconds, CPU in cores (1.0 = one core busy), and the
 * target's parts (its server; or each node and PostgreSQL) with their CPU and memory.
 */
record Result(String scenario, String target, long sent, long delivered, double deliveredPerSecond, long p50, long p90,
        long p99, long max, long lost, long duplicates, long outOfOrder, long errors, double serverCores,
        double generatorCores, List<Share> shares) {

    Result {
        shares = List.copyOf(shares);
    }

    /** One part of a target: its CPU in cores over the window and its proportional set size at the end, in KiB. */
    record Share(String process, double cores, long pssKib) {
    }

    static Result of(String scenario, String target, Measurement measurement, double windowSeconds, CpuWindow cpu) {
        Histogram latencies = measurement.latencies();
        return new Result(scenario, target, measurement.sent.sum(), measurement.delivered.sum(),
                measurement.deliveredInWindow.sum() / windowSeconds,
                latencies.getValueAtPercentile(50), latencies.getValueAtPercentile(90), latencies.getValueAtPercentile(99),
                latencies.getMaxValue(), Math.max(0, measurement.outstanding()), measurement.duplicates.sum(),
                measurement.outOfOrder.sum(), measurement.errors.sum(), cpu.serverCores(), cpu.generatorCores(), cpu.shares());
    }
}
