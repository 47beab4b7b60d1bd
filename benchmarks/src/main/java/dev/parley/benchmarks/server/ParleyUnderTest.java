package dev.parley.benchmarks.server;

import dev.parley.adapter.pgcluster.ClusterSettings;
import dev.parley.adapter.security.Argon2Cost;
import dev.parley.adapter.server.limits.Limits;
import dev.parley.bootstrap.ParleyServer;
import dev.parley.bootstrap.ServerConfig;
import java.nio.file.Path;

/**
 * The Parley server as the benchmarks run it: the composition root's own {@link ParleyServer} on the given
 * database, with two changes: passwords hashed at {@link Argon2Cost#minimal()} (sign-ups happen before any
 * measurement, and the idle test makes hundreds of users), and a per-user message rate so high that it never
 * refuses (the default, 6,000 a minute, would be the bottleneck; the check itself still runs).
 */
public final class ParleyUnderTest implements RunningServer {
    /** High enough never to refuse the generator, while the per-user rate check still runs on every message. */
    static final int MESSAGES_PER_MINUTE = 60_000_000;

    private final ParleyServer server;

    private ParleyUnderTest(ParleyServer server) {
        this.server = server;
    }

    /** Starts Parley on {@code database}: {@code mem} or a {@code jdbc:sqlite:…}/{@code jdbc:postgresql:…} URL. */
    public static ParleyUnderTest start(String host, int port, String database, Path keyFile) {
        return start(host, port, database, keyFile, ClusterSettings.randomNodeId());
    }

    /** As {@link #start(String, int, String, Path)}, joining the other nodes of a PostgreSQL database as {@code nodeId}. */
    public static ParleyUnderTest start(String host, int port, String database, Path keyFile, String nodeId) {
        ServerConfig defaults = ServerConfig.defaults(host, port);
        ServerConfig config = defaults.withPasswordCost(Argon2Cost.minimal()).withJwtKeyFile(keyFile).withDatabase(database)
                .withServer(defaults.server().withLimits(Limits.defaults().withMessagesPerMinute(MESSAGES_PER_MINUTE)));
        return new ParleyUnderTest(ParleyServer.create(config, ClusterSettings.defaults(nodeId)).start());
    }

    @Override
    public int port() {
        return server.port();
    }

    @Override
    public void stop() {
        server.stop();
    }
}
