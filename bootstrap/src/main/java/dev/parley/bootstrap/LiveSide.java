package dev.parley.bootstrap;

import dev.parley.adapter.inmemory.live.InMemoryPresence;
import dev.parley.adapter.inmemory.live.InProcessSignals;
import dev.parley.adapter.pgcluster.ClusterSettings;
import dev.parley.adapter.pgcluster.PostgresCluster;
import dev.parley.ports.out.LiveSignals;
import dev.parley.ports.out.Presence;
import java.util.Optional;

/**
 * Presence and live signals of a node: held in this process on the in-memory stores and on SQLite (one node per
 * database), shared with every node of the database on PostgreSQL (LISTEN/NOTIFY and a presence table).
 */
final class LiveSide implements AutoCloseable {
    private final Presence presence;
    private final LiveSignals signals;
    private final Optional<PostgresCluster> cluster;

    private LiveSide(Presence presence, LiveSignals signals, Optional<PostgresCluster> cluster) {
        this.presence = presence;
        this.signals = signals;
        this.cluster = cluster;
    }

    /** Joins the cluster of a PostgreSQL database as {@code node}; anything else stays in this process. */
    static LiveSide open(ServerConfig config, ClusterSettings node) {
        if (!config.inMemory() && PostgresCluster.isPostgresql(config.database())) {
            PostgresCluster cluster = PostgresCluster.join(config.database(), node);
            return new LiveSide(cluster.presence(), cluster.signals(), Optional.of(cluster));
        }
        return new LiveSide(new InMemoryPresence(), new InProcessSignals(), Optional.empty());
    }

    Presence presence() {
        return presence;
    }

    LiveSignals signals() {
        return signals;
    }

    /** Leaves the cluster, if this node joined one: its remaining sessions and lease go, queued signals are sent. */
    @Override
    public void close() {
        cluster.ifPresent(PostgresCluster::close);
    }
}
