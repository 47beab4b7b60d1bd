package dev.parley.benchmarks.load;

/** CPU used by the server (its process tree) and by this generator between {@link #start} and {@link #stop}. */
final class CpuWindow {
    private final long serverPid;
    private final long selfPid = ProcessHandle.current().pid();
    private long startNanos;
    private long serverTicks;
    private long selfTicks;
    private double serverCores;
    private double generatorCores;

    CpuWindow(long serverPid) {
        this.serverPid = serverPid;
    }

    void start() {
        startNanos = System.nanoTime();
        serverTicks = ProcStats.cpuTicksOfTree(serverPid);
        selfTicks = ProcStats.cpuTicks(selfPid);
    }

    void stop() {
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        serverCores = (ProcStats.cpuTicksOfTree(serverPid) - serverTicks) / ProcStats.TICKS_PER_SECOND / seconds;
        generatorCores = (ProcStats.cpuTicks(selfPid) - selfTicks) / ProcStats.TICKS_PER_SECOND / seconds;
    }

    double serverCores() {
        return serverCores;
    }

    double generatorCores() {
        return generatorCores;
    }
}
