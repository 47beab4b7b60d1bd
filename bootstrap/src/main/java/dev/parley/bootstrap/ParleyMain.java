package dev.parley.bootstrap;

import dev.parley.adapter.jdbc.DatabaseInUseException;
import dev.parley.adapter.pgcluster.ClusterSettings;
import dev.parley.adapter.server.ServerSettings;
import dev.parley.domain.DomainSettings;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The {@code parley} command: starts the server and runs until it is stopped (Ctrl-C, SIGTERM). */
@Command(name = "parley", mixinStandardHelpOptions = true, version = "Parley 0.1.0",
        description = "Runs the Parley server: REST and WebSocket (/ws) on one port.")
public final class ParleyMain implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(ParleyMain.class);

    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = "0.0.0.0", description = "Address to listen on (default: ${DEFAULT-VALUE}).")
    String host;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080", description = "Port to listen on, 0 for any free one (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--access-token-ttl", paramLabel = "DURATION", defaultValue = "1h", converter = DurationConverter.class,
            description = "Access token lifetime, e.g. 15m, 1h or PT1H (default: ${DEFAULT-VALUE}).")
    Duration accessTokenTtl;

    @Option(names = "--refresh-token-ttl", paramLabel = "DURATION", defaultValue = "30d", converter = DurationConverter.class,
            description = "Refresh token lifetime, e.g. 7d or P30D (default: ${DEFAULT-VALUE}).")
    Duration refreshTokenTtl;

    @Option(names = "--jwt-key-file", paramLabel = "FILE", defaultValue = "data/jwt-signing.key",
            description = "File holding the token signing key; created (owner-only) on first start (default: ${DEFAULT-VALUE}).")
    Path jwtKeyFile;

    @Option(names = "--db", paramLabel = "URL", defaultValue = ServerConfig.DEFAULT_DATABASE,
            description = "Where the data lives: 'mem' (in memory, lost on exit), jdbc:sqlite:FILE, or "
                    + "jdbc:postgresql://HOST:PORT/DB?user=U&password=P (default: ${DEFAULT-VALUE}).")
    String database;

    @Mixin
    GuardOptions guards;

    @Option(names = "--demo", description = "Create alice, bob and charlie (password password123), alice-bob and bob-charlie friends, each with an agent 'assistant'.")
    boolean demo;

    @Option(names = "--node-id", paramLabel = "ID",
            description = "This node's name among the nodes sharing a PostgreSQL database (1 to 64 of A-Z a-z 0-9 _ . -; "
                    + "default: random, so two starts never share one).")
    String nodeId;

    @Option(names = "--node-lease", paramLabel = "DURATION", defaultValue = "15s", converter = DurationConverter.class,
            description = "On PostgreSQL: how long this node's sessions still count as online after it stops renewing its "
                    + "lease (renewed every third of it); a node that dies is noticed this late (default: ${DEFAULT-VALUE}).")
    Duration nodeLease;

    @Option(names = "--worker-threads", paramLabel = "N",
            description = "Threads that handle requests and WebSocket frames, 1 to " + ServerSettings.MAX_WORKER_THREADS
                    + " (default: twice the cores in memory; " + ParleyServer.DATABASE_WORKER_THREADS
                    + " on a database, where sends wait for their commit).")
    Integer workerThreads;

    public static void main(String[] args) {
        System.exit(new CommandLine(new ParleyMain()).execute(args));
    }

    @Override
    public Integer call() throws InterruptedException {
        ParleyServer server;
        try {
            server = ParleyServer.create(config(), node());
        } catch (IllegalArgumentException badSetting) {
            LOG.error("Cannot start: {}", badSetting.getMessage());
            return 2;
        } catch (DatabaseInUseException inUse) {
            LOG.error("Cannot start: {}", inUse.getMessage());
            return 1;
        }
        if (demo) {
            DemoData.seed(server.parley());
            LOG.info("Demo data: users {}, friends alice-bob and bob-charlie, each with an agent 'assistant'", DemoData.USERS);
        }
        try {
            server.start();
        } catch (UncheckedIOException cannotListen) {
            LOG.error("Cannot listen on {}:{}: {}", host, port, cannotListen.getCause().getMessage());
            return 1;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop();
            stopped.countDown();
        }, "parley-shutdown"));
        LOG.info("Parley is ready on port {}", server.port());
        stopped.await();
        return 0;
    }

    /** How this node joins the others on a PostgreSQL database; unused on other databases. */
    ClusterSettings node() {
        return ClusterSettings.defaults(nodeId == null ? ClusterSettings.randomNodeId() : nodeId).withLease(nodeLease);
    }

    ServerConfig config() {
        ServerSettings plain = ServerSettings.defaults(host, port).withLimits(guards.limits());
        ServerSettings server = workerThreads == null ? plain : plain.withWorkerThreads(workerThreads);
        return ServerConfig.defaults(host, port)
                .withServer(guards.tls().map(server::withTls).orElse(server))
                .withDomain(new DomainSettings(accessTokenTtl, refreshTokenTtl, guards.maxPendingPerAgent()))
                .withJwtKeyFile(jwtKeyFile)
                .withDatabase(database);
    }
}
