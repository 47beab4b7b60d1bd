package dev.parley.bootstrap.support;

import dev.parley.bootstrap.ParleyMain;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The {@code parley} command in a JVM of its own, as {@code ./parley} runs it; its port read from its log. */
public final class ServerProcess implements AutoCloseable {
    private static final Pattern READY = Pattern.compile("Parley is ready on port (\\d+)");

    private final Process process;
    private final int port;

    private ServerProcess(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Starts {@code parley} with these arguments and waits (up to a minute) until it says it is ready. */
    public static ServerProcess start(String... arguments) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=info", "-cp", System.getProperty("java.class.path"),
                ParleyMain.class.getName()));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        ExecutorService reader = Executors.newSingleThreadExecutor();
        try {
            return new ServerProcess(process, CompletableFuture.supplyAsync(() -> readyPort(process), reader).get(60, TimeUnit.SECONDS));
        } catch (ExecutionException | TimeoutException notReady) {
            process.destroyForcibly();
            throw new IllegalStateException("the server did not get ready", notReady);
        } catch (InterruptedException interrupted) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", interrupted);
        } finally {
            reader.shutdown();
        }
    }

    public int port() {
        return port;
    }

    /**
     * Kills the server with SIGKILL ({@link Process#destroyForcibly()} on Linux): no shutdown hook, no flush, no
     * closing of the database. Answers the exit status, 137 (128 + 9) for a JVM killed that way.
     */
    public int kill() throws InterruptedException {
        process.destroyForcibly();
        return awaitExit();
    }

    /** Stops the server as Ctrl-C does (SIGTERM: the shutdown hook runs); answers the exit status. */
    public int stop() throws InterruptedException {
        process.destroy();
        return awaitExit();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }

    private int awaitExit() throws InterruptedException {
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the server did not exit within 30 s");
        }
        return process.exitValue();
    }

    private static int readyPort(Process process) {
        BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        try {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                Matcher ready = READY.matcher(line);
                if (ready.find()) {
                    drain(lines);
                    return Integer.parseInt(ready.group(1));
                }
            }
            throw new IllegalStateException("the server exited before it was ready");
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    /** Keeps reading the server's output so it never blocks on a full pipe. */
    private static void drain(BufferedReader lines) {
        Thread drainer = new Thread(() -> {
            try (lines) {
                while (lines.readLine() != null) {
                    Thread.onSpinWait();
                }
            } catch (IOException closed) {
                Thread.currentThread().interrupt();
            }
        }, "parley-server-output");
        drainer.setDaemon(true);
        drainer.start();
    }
}
