package dev.parley.adapter.pgcluster;

import java.time.Duration;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * How one node takes part in a cluster: its id, the lease that keeps its sessions counted as online (renewed every
 * {@code heartbeat}), how long the signal journal keeps events for a node whose listening connection dropped, and
 * how many threads hand received signals on (signals for one user always share a thread, so they stay in order).
 */
public record ClusterSettings(String nodeId, Duration lease, Duration heartbeat, Duration journalRetention, int lanes) {
    private static final Pattern NODE_ID = Pattern.compile("[A-Za-z0-9_.-]{1,64}");
    private static final Duration DEFAULT_LEASE = Duration.ofSeconds(15);
    private static final Duration DEFAULT_RETENTION = Duration.ofMinutes(10);

    public ClusterSettings {
        Objects.requireNonNull(nodeId, "nodeId");
        Objects.requireNonNull(lease, "lease");
        Objects.requireNonNull(heartbeat, "heartbeat");
        Objects.requireNonNull(journalRetention, "journalRetention");
        if (!NODE_ID.matcher(nodeId).matches()) {
            throw new IllegalArgumentException("node id: 1 to 64 of A-Z a-z 0-9 _ . -");
        }
        if (heartbeat.isNegative() || heartbeat.isZero() || heartbeat.multipliedBy(2).compareTo(lease) > 0) {
            throw new IllegalArgumentException("heartbeat must be positive and at most half the lease");
        }
        if (journalRetention.compareTo(lease) <= 0) {
            throw new IllegalArgumentException("journal retention must be longer than the lease");
        }
        if (lanes < 1 || lanes > 64) {
            throw new IllegalArgumentException("lanes: 1 to 64");
        }
    }

    /**
     * A 15 s lease renewed every 5 s, a 10 min journal, two lanes per processor (at least four): a lane runs the
     * deliveries a signal wakes, which wait on the database and the sockets more than they compute.
     */
    public static ClusterSettings defaults(String nodeId) {
        return new ClusterSettings(nodeId, DEFAULT_LEASE, DEFAULT_LEASE.dividedBy(3), DEFAULT_RETENTION,
                Math.max(4, 2 * Runtime.getRuntime().availableProcessors()));
    }

    /** A node id no other start is likely to pick: {@code node-} and 12 random hex digits. */
    public static String randomNodeId() {
        return "node-" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    /** The same settings with another lease, renewed every third of it. */
    public ClusterSettings withLease(Duration value) {
        Objects.requireNonNull(value, "lease");
        return new ClusterSettings(nodeId, value, value.dividedBy(3), journalRetention.compareTo(value) > 0
                ? journalRetention : value.multipliedBy(10), lanes);
    }
}
