package dev.parley.benchmarks.load;

import dev.parley.benchmarks.server.ServerMain;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A server under test in its own JVM ({@link ServerMain}), started with this JVM's class path, so its memory and CPU
 * are its own. Its output goes to a log file beside the report.
 */
final class ServerProcess implements AutoCloseable {
    private static final Pattern HEAP_USED = Pattern.compile("heap\\s+total\\s+\\d+K,\\s+used\\s+(\\d+)K");
    private final String kind;
    private final Process process;
    private final int port;

    private ServerProcess(String kind, Process process, int port) {
        this.kind = kind;
        this.process = process;
        this.port = port;
    }

    /** Starts {@code server ARGUMENTS} ({@link ServerMain}) and waits until it listens; {@code kind} names it in messages. */
    static ServerProcess start(String kind, List<String> jvmOptions, List<String> arguments, Path logFile) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), ServerMain.class.getName()));
        command.addAll(arguments);
        Process process = new ProcessBuilder(command).redirectErrorStream(false)
                .redirectError(ProcessBuilder.Redirect.appendTo(logFile.toFile())).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            if (line.startsWith(ServerMain.READY)) {
                drain(out);
                return new ServerProcess(kind, process, Integer.parseInt(line.substring(ServerMain.READY.length()).strip()));
            }
        }
        throw new IOException("the " + kind + " server exited before it listened; see " + logFile);
    }

    String kind() {
        return kind;
    }

    int port() {
        return port;
    }

    long pid() {
        return process.pid();
    }

    /** The server's resident memory and its live heap, in KiB. */
    record Memory(long rssKib, long heapUsedKib) {
    }

    /**
     * Memory right after a full collection ({@code jcmd GC.run}), so garbage does not count as sessions: the resident
     * set, and the heap in use as {@code jcmd GC.heap_info} reports it.
     */
    Memory memoryAfterGc() throws IOException, InterruptedException {
        jcmd("GC.run");
        Thread.sleep(1000);
        Matcher used = HEAP_USED.matcher(jcmd("GC.heap_info"));
        return new Memory(ProcStats.rssKib(pid()), used.find() ? Long.parseLong(used.group(1)) : -1);
    }

    private String jcmd(String command) throws IOException, InterruptedException {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        Process process = new ProcessBuilder(jcmd.toString(), Long.toString(pid()), command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor(60, TimeUnit.SECONDS);
        return output;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    private static void drain(BufferedReader out) {
        Thread drainer = new Thread(() -> {
            try {
                while (out.readLine() != null) {
                    // the server's standard output is not part of the measurement
                }
            } catch (IOException closed) {
                // the server exited
            }
        }, "server-stdout");
        drainer.setDaemon(true);
        drainer.start();
    }
}
