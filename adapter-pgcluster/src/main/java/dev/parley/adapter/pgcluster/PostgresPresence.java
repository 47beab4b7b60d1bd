package dev.parley.adapter.pgcluster;

import dev.parley.ports.model.AgentName;
import dev.parley.ports.model.AgentSelection;
import dev.parley.ports.model.ServerEvent;
import dev.parley.ports.model.UserId;
import dev.parley.ports.out.Presence;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Presence for the whole cluster: every node's live sessions in one table, counted while their node's lease runs.
 * This node also keeps its own sessions in memory, and writes them back ({@link #resynchronize()}) when the table
 * and it may have drifted apart: its lease lapsed and another node reaped its rows, or a write failed.
 */
final class PostgresPresence implements Presence {
    private static final Logger LOG = LoggerFactory.getLogger(PostgresPresence.class);

    private final PresenceTable table;
    private final LocalSessions local = new LocalSessions();
    private final PresenceWatchers watchers = new PresenceWatchers();
    private final AtomicBoolean outOfSync = new AtomicBoolean();

    PostgresPresence(PresenceTable table) {
        this.table = table;
    }

    @Override
    public boolean sessionOpened(UserId user, String sessionKey, AgentSelection agents) {
        LocalSession session = new LocalSession(sessionKey, user, agents);
        // Held in memory before it is stored: a resynchronization never finds a stored session it does not hold.
        local.add(session);
        try {
            return table.open(session);
        } catch (RuntimeException failed) {
            local.remove(sessionKey);
            outOfSync.set(true);
            throw failed;
        }
    }

    /** A failed removal is retried by the next resynchronization, which then reports the user going offline. */
    @Override
    public boolean sessionClosed(UserId user, String sessionKey) {
        local.remove(sessionKey);
        try {
            return table.close(user, sessionKey);
        } catch (RuntimeException failed) {
            outOfSync.set(true);
            LOG.warn("Could not remove a closed session of user {} from the presence table; retrying at the next heartbeat", user, failed);
            return false;
        }
    }

    @Override
    public boolean isOnline(UserId user) {
        return table.isOnline(user);
    }

    @Override
    public boolean isServing(UserId owner, AgentName agent) {
        return table.isServing(owner, agent);
    }

    @Override
    public void subscribe(Consumer<ServerEvent.PresenceChanged> changes) {
        watchers.subscribe(changes);
    }

    /** The users with a live session on this node. */
    Set<UserId> localUsers() {
        return local.users();
    }

    void markOutOfSync() {
        outOfSync.set(true);
    }

    /** Makes the table hold exactly this node's sessions, if they may differ; reports the users this turns on or off. */
    void resynchronize() {
        if (!outOfSync.getAndSet(false)) {
            return;
        }
        try {
            // Stored first, held second: a session being opened meanwhile is held before it is stored.
            Map<String, UserId> stored = table.stored();
            Map<String, LocalSession> held = local.snapshot().stream()
                    .collect(Collectors.toMap(LocalSession::key, session -> session));
            held.values().stream().filter(session -> !stored.containsKey(session.key()))
                    .filter(table::open)
                    .forEach(session -> watchers.report(new ServerEvent.PresenceChanged(session.user(), true)));
            stored.entrySet().stream().filter(entry -> !held.containsKey(entry.getKey()))
                    .filter(entry -> table.close(entry.getValue(), entry.getKey()))
                    .forEach(entry -> watchers.report(new ServerEvent.PresenceChanged(entry.getValue(), false)));
        } catch (RuntimeException failed) {
            outOfSync.set(true);
            throw failed;
        }
    }

    /** Removes the sessions of nodes that stopped renewing their lease; reports the users left without one. */
    void reapLapsed() {
        reportOffline(table.reapLapsed());
    }

    /** Removes this node's stored sessions (a crash's leftovers at start, the rest at a clean stop). */
    void removeOwnSessions() {
        reportOffline(table.removeOwnSessions());
    }

    private void reportOffline(Set<UserId> users) {
        table.offlineAmong(users).forEach(user -> watchers.report(new ServerEvent.PresenceChanged(user, false)));
    }
}
