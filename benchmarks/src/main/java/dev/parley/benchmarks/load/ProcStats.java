package dev.parley.benchmarks.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/** Reads processes' memory and CPU time from /proc (Linux): one process, or every process at one moment. */
final class ProcStats {
    /** Clock ticks per second of /proc/PID/stat times: 100 on every Linux this runs on. */
    static final double TICKS_PER_SECOND = 100.0;

    private ProcStats() {
    }

    /** VmRSS of the process, in KiB. */
    static long rssKib(long pid) {
        return statusField(Path.of("/proc", Long.toString(pid), "status"), "VmRSS:");
    }

    /**
     * Proportional set size of the process, in KiB: its resident memory with each shared page divided among the
     * processes sharing it, so the figures of PostgreSQL's processes add up without counting its shared buffers
     * once per backend. 0 when the process is gone.
     */
    static long pssKib(long pid) {
        return Math.max(0, statusField(Path.of("/proc", Long.toString(pid), "smaps_rollup"), "Pss:"));
    }

    private static long statusField(Path file, String field) {
        try {
            for (String line : Files.readAllLines(file)) {
                if (line.startsWith(field)) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | NumberFormatException unreadable) {
            return -1;
        }
        return -1;
    }

    /** User plus system CPU ticks of one process. */
    static long cpuTicks(long pid) {
        Map<Long, Long> parents = new HashMap<>();
        Map<Long, Long> ticks = new HashMap<>();
        read(pid, parents, ticks);
        return ticks.getOrDefault(pid, 0L);
    }

    /** Every process's parent and user plus system CPU ticks, read at one moment. */
    record Snapshot(Map<Long, Long> parents, Map<Long, Long> ticks) {
        static Snapshot take() {
            Map<Long, Long> parents = new HashMap<>();
            Map<Long, Long> ticks = new HashMap<>();
            try (Stream<Path> entries = Files.list(Path.of("/proc"))) {
                entries.filter(path -> path.getFileName().toString().chars().allMatch(Character::isDigit))
                        .forEach(path -> read(Long.parseLong(path.getFileName().toString()), parents, ticks));
            } catch (IOException unreadable) {
                // no /proc: nothing to count
            }
            return new Snapshot(parents, ticks);
        }

        /** The processes that are, or descend from, one of {@code roots}. */
        Set<Long> tree(Collection<Long> roots) {
            Set<Long> found = new HashSet<>();
            for (long pid : ticks.keySet()) {
                for (long current = pid; current > 1; current = parents.getOrDefault(current, 0L)) {
                    if (roots.contains(current)) {
                        found.add(pid);
                        break;
                    }
                }
            }
            return found;
        }

        /** CPU ticks the given processes used since {@code earlier} (a process started since counts from zero). */
        long ticksSince(Snapshot earlier, Set<Long> pids) {
            return pids.stream().mapToLong(pid -> ticks.getOrDefault(pid, 0L) - earlier.ticks.getOrDefault(pid, 0L)).sum();
        }
    }

    /**
     * User plus system CPU ticks of the process's JIT compiler threads (HotSpot names them "C1 CompilerThreadN" and
     * "C2 CompilerThreadN"): how busy compiling the process still is. 0 when it is gone.
     */
    static long compilerTicks(long pid) {
        try (Stream<Path> threads = Files.list(Path.of("/proc", Long.toString(pid), "task"))) {
            return threads.mapToLong(thread -> {
                try {
                    String stat = Files.readString(thread.resolve("stat"));
                    String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                    return name.startsWith("C1 CompilerThre") || name.startsWith("C2 CompilerThre") ? ticks(fields(stat)) : 0;
                } catch (IOException | RuntimeException gone) {
                    return 0; // the thread ended while we looked
                }
            }).sum();
        } catch (IOException | RuntimeException gone) {
            return 0;
        }
    }

    private static void read(long pid, Map<Long, Long> parents, Map<Long, Long> ticks) {
        try {
            List<String> fields = fields(Files.readString(Path.of("/proc", Long.toString(pid), "stat")));
            parents.put(pid, Long.parseLong(fields.get(1)));
            ticks.put(pid, ticks(fields));
        } catch (IOException | RuntimeException gone) {
            // the process ended while we looked: it no longer counts
        }
    }

    /** The fields of a stat line after the command name, which is in parentheses and may hold spaces. */
    private static List<String> fields(String stat) {
        return List.of(stat.substring(stat.lastIndexOf(')') + 2).split(" "));
    }

    /** utime + stime. */
    private static long ticks(List<String> fields) {
        return Long.parseLong(fields.get(11)) + Long.parseLong(fields.get(12));
    }
}
