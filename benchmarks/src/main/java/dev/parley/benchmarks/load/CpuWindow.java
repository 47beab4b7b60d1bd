package dev.parley.benchmarks.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * CPU used between {@link #start} and {@link #stop} by each part of the target (its server's process tree; or each
 * node and PostgreSQL, no process counted twice) and by this generator, with each part's memory at the end.
 */
final class CpuWindow {
    private final ServerGroup servers;
    private final long selfPid = ProcessHandle.current().pid();
    private long startNanos;
    private ProcStats.Snapshot before;
    private long selfTicks;
    private final List<Result.Share> shares = new ArrayList<>();
    private double serverCores;
    private double generatorCores;

    CpuWindow(ServerGroup servers) {
        this.servers = servers;
    }

    void start() {
        startNanos = System.nanoTime();
        before = ProcStats.Snapshot.take();
        selfTicks = ProcStats.cpuTicks(selfPid);
    }

    void stop() {
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        ProcStats.Snapshot after = ProcStats.Snapshot.take();
        generatorCores = (ProcStats.cpuTicks(selfPid) - selfTicks) / ProcStats.TICKS_PER_SECOND / seconds;
        for (Map.Entry<String, Set<Long>> part : servers.parts(after).entrySet()) {
            double cores = after.ticksSince(before, part.getValue()) / ProcStats.TICKS_PER_SECOND / seconds;
            long pss = part.getValue().stream().mapToLong(ProcStats::pssKib).sum();
            shares.add(new Result.Share(part.getKey(), cores, pss));
            serverCores += cores;
        }
    }

    double serverCores() {
        return serverCores;
    }

    double generatorCores() {
        return generatorCores;
    }

    /** Each part's CPU and memory (PSS) at the end of the window. */
    List<Result.Share> shares() {
        return List.copyOf(shares);
    }
}
