package dev.parley.adapter.pgcluster;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * This node's membership: every heartbeat it renews its lease (re-joining and writing its sessions back when another
 * node had reaped it), reaps the nodes whose lease ran out, and trims the signal journal.
 */
final class NodeLease implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(NodeLease.class);

    private final PresenceTable table;
    private final PostgresPresence presence;
    private final Jdbi jdbi;
    private final ClusterSettings settings;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "parley-node-lease");
        thread.setDaemon(true);
        return thread;
    });
    private boolean failing;
    /**
     * After this node was cut off from the database, the others likely were too (the database was down): it waits a
     * lease before reaping, so they can renew theirs instead of seeing their users reported offline. Timer thread only.
     */
    private long reapNotBefore = System.nanoTime();

    NodeLease(PresenceTable table, PostgresPresence presence, Jdbi jdbi, ClusterSettings settings) {
        this.table = table;
        this.presence = presence;
        this.jdbi = jdbi;
        this.settings = settings;
    }

    /** Joins: clears what a crashed run with this node id left behind, takes a lease, and starts renewing it. */
    void join() {
        presence.removeOwnSessions();
        table.insertNode(settings.lease().toMillis());
        long period = settings.heartbeat().toMillis();
        timer.scheduleWithFixedDelay(this::beat, period, period, TimeUnit.MILLISECONDS);
    }

    /** One heartbeat; public to the package so tests can run one without waiting. */
    void beat() {
        try {
            if (!table.renew(settings.lease().toMillis())) {
                LOG.warn("This node's lease had run out and other nodes counted its sessions as gone; re-joining");
                table.insertNode(settings.lease().toMillis());
                presence.markOutOfSync();
            }
            if (failing) {
                LOG.info("The node lease is renewed again");
                reapNotBefore = System.nanoTime() + settings.lease().toNanos();
            }
            failing = false;
            presence.resynchronize();
            if (System.nanoTime() - reapNotBefore >= 0) {
                presence.reapLapsed();
            }
            trimJournal(settings.journalRetention());
        } catch (RuntimeException failed) {
            presence.markOutOfSync();
            if (!failing) {
                LOG.warn("Could not renew the node lease; retrying every {} ms", settings.heartbeat().toMillis(), failed);
            }
            failing = true;
        }
    }

    private void trimJournal(Duration retention) {
        jdbi.useHandle(handle -> handle.createUpdate(
                        "DELETE FROM signal_journal WHERE published_at < now() - :retention * interval '1 millisecond'")
                .bind("retention", retention.toMillis())
                .execute());
    }

    /** Stops renewing, removes this node's remaining sessions (reporting who went offline) and its lease. */
    @Override
    public void close() {
        timer.shutdown();
        try {
            if (!timer.awaitTermination(5, TimeUnit.SECONDS)) {
                timer.shutdownNow();
            }
            presence.removeOwnSessions();
            table.removeNode();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException failed) {
            LOG.warn("Could not remove this node from the cluster tables; its lease will run out instead", failed);
        }
    }
}
