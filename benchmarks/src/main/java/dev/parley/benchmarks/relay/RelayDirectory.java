package dev.parley.benchmarks.relay;

import jakarta.websocket.Session;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;

/** The relay's whole state: who is who, who holds which sockets, and each recipient's seq counter. No storage. */
final class RelayDirectory {
    private final ConcurrentMap<String, String> idsByName = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, String> namesById = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, Set<Session>> sessions = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, AtomicLong> seqs = new ConcurrentHashMap<>();

    /** The user's id, made on first sight of the name (signup and login are both this). */
    String idOf(String username) {
        return idsByName.computeIfAbsent(username, name -> {
            String id = UUID.randomUUID().toString();
            namesById.put(id, name);
            return id;
        });
    }

    String nameOf(String userId) {
        return namesById.getOrDefault(userId, userId);
    }

    long nextSeq(String recipient) {
        return seqs.computeIfAbsent(recipient, user -> new AtomicLong()).incrementAndGet();
    }

    void opened(String userId, Session session) {
        sessions.computeIfAbsent(userId, user -> ConcurrentHashMap.newKeySet()).add(session);
    }

    void closed(String userId, Session session) {
        Set<Session> open = sessions.get(userId);
        if (open != null) {
            open.remove(session);
        }
    }

    Set<Session> sessionsOf(String userId) {
        return sessions.getOrDefault(userId, Set.of());
    }
}
