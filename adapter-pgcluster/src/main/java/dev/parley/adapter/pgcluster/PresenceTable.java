package dev.parley.adapter.pgcluster;

import dev.parley.ports.model.AgentName;
import dev.parley.ports.model.UserId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The SQL of cluster presence. A session counts while its node's lease runs ({@code cluster_nodes.lease_until},
 * in the database's clock, so the nodes' clocks never matter). Opening and closing take a per-user advisory lock
 * for the transaction: two nodes changing one user's sessions at once cannot both see themselves as the first
 * open or the last close.
 */
final class PresenceTable {
    private static final String ONLINE = """
            SELECT EXISTS (SELECT 1 FROM live_sessions s JOIN cluster_nodes n ON n.node_id = s.node_id
                           WHERE s.user_id = :user AND n.lease_until > now())""";

    private final Jdbi jdbi;
    private final String nodeId;

    PresenceTable(Jdbi jdbi, String nodeId) {
        this.jdbi = jdbi;
        this.nodeId = nodeId;
    }

    /** Stores the session; true when its user had no counted session before. */
    boolean open(LocalSession session) {
        return jdbi.inTransaction(handle -> {
            lock(handle, session.user());
            boolean wasOnline = online(handle, session.user());
            int inserted = handle.createUpdate("""
                            INSERT INTO live_sessions (session_key, user_id, node_id, agents) VALUES (:key, :user, :node, :agents)
                            ON CONFLICT (session_key) DO NOTHING""")
                    .bind("key", session.key())
                    .bind("user", session.user().value())
                    .bind("node", nodeId)
                    .bind("agents", AgentsColumn.of(session.agents()).orElse(null))
                    .execute();
            return inserted == 1 && !wasOnline;
        });
    }

    /** Removes the session; true when this removal left its user without a counted session. */
    boolean close(UserId user, String key) {
        return jdbi.inTransaction(handle -> {
            lock(handle, user);
            int deleted = handle.createUpdate("DELETE FROM live_sessions WHERE session_key = :key").bind("key", key).execute();
            return deleted == 1 && !online(handle, user);
        });
    }

    boolean isOnline(UserId user) {
        return jdbi.withHandle(handle -> online(handle, user));
    }

    boolean isServing(UserId owner, AgentName agent) {
        return jdbi.withHandle(handle -> handle.createQuery("""
                        SELECT EXISTS (SELECT 1 FROM live_sessions s JOIN cluster_nodes n ON n.node_id = s.node_id
                                       WHERE s.user_id = :user AND n.lease_until > now()
                                         AND (s.agents IS NULL OR position(:needle in s.agents) > 0))""")
                .bind("user", owner.value())
                .bind("needle", AgentsColumn.needle(agent))
                .mapTo(Boolean.class)
                .one());
    }

    /** This node's stored sessions: key to user. */
    Map<String, UserId> stored() {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT session_key, user_id FROM live_sessions WHERE node_id = :node")
                .bind("node", nodeId)
                .map((rs, ctx) -> Map.entry(rs.getString("session_key"), new UserId(rs.getString("user_id"))))
                .list()).stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** Extends this node's lease; false when its row is gone (another node reaped it, or it never joined). */
    boolean renew(long leaseMillis) {
        return jdbi.withHandle(handle -> handle.createUpdate("""
                        UPDATE cluster_nodes SET lease_until = now() + :lease * interval '1 millisecond'
                        WHERE node_id = :node""")
                .bind("lease", leaseMillis)
                .bind("node", nodeId)
                .execute()) == 1;
    }

    void insertNode(long leaseMillis) {
        jdbi.useHandle(handle -> handle.createUpdate("""
                        INSERT INTO cluster_nodes (node_id, lease_until) VALUES (:node, now() + :lease * interval '1 millisecond')
                        ON CONFLICT (node_id) DO UPDATE SET lease_until = excluded.lease_until""")
                .bind("lease", leaseMillis)
                .bind("node", nodeId)
                .execute());
    }

    /** Removes this node's sessions (left over from a crash with the same id, or at a clean stop); answers their users. */
    Set<UserId> removeOwnSessions() {
        return jdbi.withHandle(handle -> handle.createQuery("DELETE FROM live_sessions WHERE node_id = :node RETURNING user_id")
                .bind("node", nodeId)
                .map((rs, ctx) -> new UserId(rs.getString(1)))
                .set());
    }

    void removeNode() {
        jdbi.useHandle(handle -> handle.createUpdate("DELETE FROM cluster_nodes WHERE node_id = :node").bind("node", nodeId).execute());
    }

    /**
     * Removes the sessions of nodes whose lease ran out (or whose row is gone), and those nodes; answers the users
     * those sessions belonged to. Of two nodes reaping at once, each row goes to one of them.
     */
    Set<UserId> reapLapsed() {
        return jdbi.inTransaction(handle -> {
            Set<UserId> users = handle.createQuery("""
                            DELETE FROM live_sessions s WHERE NOT EXISTS (
                                SELECT 1 FROM cluster_nodes n WHERE n.node_id = s.node_id AND n.lease_until > now())
                            RETURNING user_id""")
                    .map((rs, ctx) -> new UserId(rs.getString(1)))
                    .set();
            handle.createUpdate("DELETE FROM cluster_nodes WHERE lease_until <= now()").execute();
            return users;
        });
    }

    /** Whether the user has no counted session, checked under the user's lock so no open or close is half done. */
    boolean isOffline(UserId user) {
        return jdbi.inTransaction(handle -> {
            lock(handle, user);
            return !online(handle, user);
        });
    }

    List<UserId> offlineAmong(Set<UserId> users) {
        return users.stream().filter(this::isOffline).toList();
    }

    private static boolean online(Handle handle, UserId user) {
        return handle.createQuery(ONLINE).bind("user", user.value()).mapTo(Boolean.class).one();
    }

    private static void lock(Handle handle, UserId user) {
        handle.createQuery("SELECT 1 FROM pg_advisory_xact_lock(hashtext('parley.presence'), hashtext(:user))")
                .bind("user", user.value())
                .mapTo(Integer.class)
                .one();
    }
}
