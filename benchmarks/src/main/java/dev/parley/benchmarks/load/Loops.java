package dev.parley.benchmarks.load;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;

/**
 * The two ways to load a target. Closed loop: each stream keeps {@code inFlight} messages sent but not yet
 * delivered, sending the next one the moment one arrives, to find the most the target delivers. Open loop: one
 * pacer sends at a fixed rate whatever happens, and latency counts from the time each message was due, so a
 * target that falls behind shows its queueing instead of slowing the generator down.
 */
final class Loops {
    private static final Duration DRAIN = Duration.ofSeconds(30);

    private final Rig rig;
    private final ServerGroup servers;
    private final String target;
    private long runs;

    Loops(Rig rig, ServerGroup servers, String target) {
        this.rig = rig;
        this.servers = servers;
        this.target = target;
    }

    Result closed(String scenario, Rig.Transport via, int inFlight, Duration window) throws InterruptedException {
        Measurement measurement = begin();
        CpuWindow cpu = new CpuWindow(servers);
        cpu.start();
        long end = System.nanoTime() + window.toNanos();
        measurement.windowEndsAt(end);
        measurement.onSettled(stream -> {
            if (System.nanoTime() < end) {
                rig.send(via, measurement, stream, System.nanoTime());
            }
        });
        for (int stream = 0; stream < rig.streams(); stream++) {
            for (int slot = 0; slot < inFlight; slot++) {
                rig.send(via, measurement, stream, System.nanoTime());
            }
        }
        Thread.sleep(window.toMillis());
        cpu.stop();
        return finish(scenario, measurement, window, cpu);
    }

    Result open(String scenario, Rig.Transport via, int perSecond, Duration window) throws InterruptedException {
        Measurement measurement = begin();
        CpuWindow cpu = new CpuWindow(servers);
        long interval = 1_000_000_000L / perSecond;
        long start = System.nanoTime();
        long end = start + window.toNanos();
        measurement.windowEndsAt(end + Duration.ofSeconds(1).toNanos());
        cpu.start();
        for (long index = 0, due = start; due < end; index++, due = start + index * interval) {
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            rig.send(via, measurement, (int) (index % rig.streams()), due);
        }
        cpu.stop();
        return finish(scenario, measurement, window, cpu);
    }

    private Measurement begin() {
        Measurement measurement = new Measurement(++runs, rig.streams());
        rig.measureWith(measurement);
        return measurement;
    }

    private Result finish(String scenario, Measurement measurement, Duration window, CpuWindow cpu) throws InterruptedException {
        long deadline = System.nanoTime() + DRAIN.toNanos();
        while (measurement.outstanding() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        return Result.of(scenario, target, measurement, window.toNanos() / 1e9, cpu);
    }
}
