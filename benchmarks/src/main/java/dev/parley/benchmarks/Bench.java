package dev.parley.benchmarks;

import dev.parley.benchmarks.load.LoadCommand;
import dev.parley.benchmarks.server.ServerMain;
import java.util.Arrays;
import picocli.CommandLine;

/**
 * The benchmarks' one entry point: {@code load …} (the load generator), {@code server relay|mem|sqlite|postgres|database}
 * (one server under test, or a PostgreSQL for several, as the generator starts them), {@code jmh …} (the JMH
 * benchmarks, JMH's own options).
 */
public final class Bench {
    private static final String COMMON_PARALLELISM = "java.util.concurrent.ForkJoinPool.common.parallelism";

    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        // Before anything touches the common pool: on 2 cores its parallelism would be 1, and every *Async stage
        // without an executor (the JDK HttpClient has some) would start a thread of its own.
        if (System.getProperty(COMMON_PARALLELISM) == null) {
            System.setProperty(COMMON_PARALLELISM, "2");
        }
        String command = args.length == 0 ? "help" : args[0];
        String[] rest = Arrays.copyOfRange(args, Math.min(1, args.length), args.length);
        switch (command) {
            case "load" -> System.exit(new CommandLine(new LoadCommand()).execute(rest));
            case "server" -> ServerMain.main(rest);
            case "jmh" -> org.openjdk.jmh.Main.main(rest);
            default -> System.out.println("usage: benchmarks.jar load [--help] | server relay|mem|sqlite|postgres|JDBC-URL [--node-id ID] [--jwt-key-file FILE]"
                    + " | server database DIR | jmh [JMH options]");
        }
    }
}
