package dev.parley.benchmarks.load;

import org.HdrHistogram.Histogram;

/** One scenario measured on one target; latencies in microseconds, CPU in cores (1.0 = one core busy). */
record Result(String scenario, String target, long sent, long delivered, double deliveredPerSecond, long p50, long p90,
        long p99, long max, long lost, long duplicates, long outOfOrder, long errors, double serverCores,
        double generatorCores) {

    static Result of(String scenario, String target, Measurement measurement, double windowSeconds, CpuWindow cpu) {
        Histogram latencies = measurement.latencies();
        return new Result(scenario, target, measurement.sent.sum(), measurement.delivered.sum(),
                measurement.deliveredInWindow.sum() / windowSeconds,
                latencies.getValueAtPercentile(50), latencies.getValueAtPercentile(90), latencies.getValueAtPercentile(99),
                latencies.getMaxValue(), Math.max(0, measurement.outstanding()), measurement.duplicates.sum(),
                measurement.outOfOrder.sum(), measurement.errors.sum(), cpu.serverCores(), cpu.generatorCores());
    }
}
