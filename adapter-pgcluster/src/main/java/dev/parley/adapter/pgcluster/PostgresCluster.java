package dev.parley.adapter.pgcluster;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.parley.ports.out.LiveSignals;
import dev.parley.ports.out.Presence;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.TemplateEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One node's membership in a cluster of Parley nodes sharing a PostgreSQL database: live signals over LISTEN/NOTIFY
 * and presence counted across every node, each node holding a lease it renews. Close it to leave cleanly.
 *
 * <pre>{@code
 * PostgresCluster cluster = PostgresCluster.join(url, ClusterSettings.defaults(ClusterSettings.randomNodeId()));
 * … new Outbound(…, cluster.presence(), cluster.signals()) …
 * cluster.close();
 * }</pre>
 */
public final class PostgresCluster implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(PostgresCluster.class);
    private static final Duration LISTEN_TIMEOUT = Duration.ofSeconds(10);
    private static final int CONNECTIONS = 4;

    private final ClusterSettings settings;
    private final HikariDataSource pool;
    private final SignalLanes lanes;
    private final SignalSender sender;
    private final SignalListener listener;
    private final PostgresPresence presence;
    private final NodeLease lease;
    private final PostgresSignals signals;

    private PostgresCluster(ClusterSettings settings, HikariDataSource pool, ListenerConnections connections) {
        this.settings = settings;
        this.pool = pool;
        Jdbi jdbi = Jdbi.create(pool).setTemplateEngine(TemplateEngine.NOP);
        PresenceTable table = new PresenceTable(jdbi, settings.nodeId());
        this.lanes = new SignalLanes(settings.lanes());
        this.sender = new SignalSender(jdbi);
        this.presence = new PostgresPresence(table);
        this.listener = new SignalListener(connections, lanes, presence::localUsers);
        this.lease = new NodeLease(table, presence, jdbi, settings);
        this.signals = new PostgresSignals(sender, lanes);
    }

    /**
     * Joins the cluster of the database at {@code jdbc:postgresql://…} (credentials in the URL's query string):
     * migrates the cluster tables, starts listening (waiting up to 10 s for the first LISTEN), takes a lease.
     *
     * @throws IllegalArgumentException for a URL of another database
     * @throws IllegalStateException when the database cannot be listened on
     */
    public static PostgresCluster join(String jdbcUrl, ClusterSettings settings) {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        Objects.requireNonNull(settings, "settings");
        return join(jdbcUrl, settings, ListenerConnections.to(jdbcUrl, settings.nodeId()));
    }

    /** Joins with the listening connection opened by {@code connections} (tests cut it to make a gap). */
    static PostgresCluster join(String jdbcUrl, ClusterSettings settings, ListenerConnections connections) {
        if (!isPostgresql(jdbcUrl)) {
            throw new IllegalArgumentException("a cluster needs a jdbc:postgresql: URL, not " + redacted(jdbcUrl));
        }
        HikariDataSource pool = pool(jdbcUrl, settings.nodeId());
        PostgresCluster cluster;
        try {
            ClusterSchema.migrate(pool);
            cluster = new PostgresCluster(settings, pool, connections);
        } catch (RuntimeException failed) {
            pool.close();
            throw failed;
        }
        try {
            cluster.start();
        } catch (RuntimeException failed) {
            cluster.close();
            throw failed;
        }
        LOG.info("Node {} joined the cluster on {}", settings.nodeId(), redacted(jdbcUrl));
        return cluster;
    }

    /** Whether the URL names a PostgreSQL database: the kind of URL {@link #join} takes. */
    public static boolean isPostgresql(String jdbcUrl) {
        return jdbcUrl.toLowerCase(Locale.ROOT).startsWith("jdbc:postgresql:");
    }

    private void start() {
        sender.start();
        try {
            if (!listener.start(LISTEN_TIMEOUT)) {
                throw new IllegalStateException("could not LISTEN on the database within " + LISTEN_TIMEOUT.toSeconds() + " s");
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting to listen", interrupted);
        }
        lease.join();
    }

    public String nodeId() {
        return settings.nodeId();
    }

    public LiveSignals signals() {
        return signals;
    }

    public Presence presence() {
        return presence;
    }

    /** One heartbeat now, as the timer runs it: for tests that do not want to wait for the timer. */
    void beat() {
        lease.beat();
    }

    /**
     * Leaves: removes this node's remaining sessions and lease (other nodes see its users go offline), sends the
     * signals still queued, stops listening and releases the connections.
     */
    @Override
    public void close() {
        lease.close();
        sender.close();
        listener.close();
        lanes.close();
        pool.close();
        LOG.info("Node {} left the cluster", settings.nodeId());
    }

    private static HikariDataSource pool(String jdbcUrl, String nodeId) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("parley-cluster-" + nodeId);
        config.setJdbcUrl(jdbcUrl);
        config.setDriverClassName("org.postgresql.Driver");
        config.setMaximumPoolSize(CONNECTIONS);
        config.setMinimumIdle(1);
        return new HikariDataSource(config);
    }

    /** The URL without its query string or user info, where passwords go. */
    private static String redacted(String jdbcUrl) {
        return jdbcUrl.split("[?;]", 2)[0].replaceFirst("//[^/@]*@", "//");
    }
}
