package dev.parley.adapter.pgcluster;

import dev.parley.ports.model.UserId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The sessions this node holds, by key: what the node writes back to the presence table after losing its lease,
 * and whom it wakes after its listening connection dropped. Lost on restart, like the sockets it mirrors.
 */
final class LocalSessions {
    private final Map<String, LocalSession> byKey = new ConcurrentHashMap<>();

    void add(LocalSession session) {
        byKey.put(session.key(), session);
    }

    void remove(String key) {
        byKey.remove(key);
    }

    List<LocalSession> snapshot() {
        return List.copyOf(byKey.values());
    }

    Set<UserId> users() {
        return byKey.values().stream().map(LocalSession::user).collect(Collectors.toUnmodifiableSet());
    }
}
