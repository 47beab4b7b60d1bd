package dev.parley.benchmarks.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Reads a process's resident memory and CPU time from /proc (Linux), the CPU of its child processes included. */
final class ProcStats {
    /** Clock ticks per second of /proc/PID/stat times: 100 on every Linux this runs on. */
    static final double TICKS_PER_SECOND = 100.0;

    private ProcStats() {
    }

    /** VmRSS of the process, in KiB. */
    static long rssKib(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | NumberFormatException unreadable) {
            return -1;
        }
        return -1;
    }

    /** User plus system CPU ticks of the process and of every process below it (an embedded database, say). */
    static long cpuTicksOfTree(long root) {
        Map<Long, Long> parents = new HashMap<>();
        Map<Long, Long> ticks = new HashMap<>();
        try (Stream<Path> entries = Files.list(Path.of("/proc"))) {
            entries.filter(path -> path.getFileName().toString().chars().allMatch(Character::isDigit))
                    .forEach(path -> read(Long.parseLong(path.getFileName().toString()), parents, ticks));
        } catch (IOException unreadable) {
            return cpuTicks(root);
        }
        return ticks.entrySet().stream().filter(entry -> descends(entry.getKey(), root, parents))
                .mapToLong(Map.Entry::getValue).sum();
    }

    /** User plus system CPU ticks of one process. */
    static long cpuTicks(long pid) {
        Map<Long, Long> parents = new HashMap<>();
        Map<Long, Long> ticks = new HashMap<>();
        read(pid, parents, ticks);
        return ticks.getOrDefault(pid, 0L);
    }

    private static void read(long pid, Map<Long, Long> parents, Map<Long, Long> ticks) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            // Fields after the command name, which is in parentheses and may hold spaces.
            List<String> fields = List.of(stat.substring(stat.lastIndexOf(')') + 2).split(" "));
            parents.put(pid, Long.parseLong(fields.get(1)));
            ticks.put(pid, Long.parseLong(fields.get(11)) + Long.parseLong(fields.get(12)));
        } catch (IOException | RuntimeException gone) {
            // the process ended while we looked: it no longer counts
        }
    }

    private static boolean descends(long pid, long root, Map<Long, Long> parents) {
        for (long current = pid; current > 1; current = parents.getOrDefault(current, 0L)) {
            if (current == root) {
                return true;
            }
        }
        return false;
    }
}
