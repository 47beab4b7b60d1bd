package dev.parley.domain.delivery;

import dev.parley.ports.model.SessionId;
import dev.parley.ports.model.UserId;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** This node's open live sessions, by user. */
final class SessionRegistry {
    private final ConcurrentMap<UserId, Set<LiveSession>> byUser = new ConcurrentHashMap<>();

    void add(LiveSession session) {
        // Mutating the set inside compute keeps add and remove atomic per user: no add lands in a dropped set.
        byUser.compute(session.principal().userId(), (user, sessions) -> {
            Set<LiveSession> present = sessions == null ? ConcurrentHashMap.newKeySet() : sessions;
            present.add(session);
            return present;
        });
    }

    void remove(LiveSession session) {
        byUser.computeIfPresent(session.principal().userId(), (user, sessions) -> {
            sessions.remove(session);
            return sessions.isEmpty() ? null : sessions;
        });
    }

    /** A snapshot of the user's sessions. */
    List<LiveSession> sessionsOf(UserId user) {
        return List.copyOf(byUser.getOrDefault(user, Set.of()));
    }

    /** A snapshot of the sessions opened with one login. */
    List<LiveSession> sessionsOfLogin(SessionId login) {
        return byUser.values().stream()
                .flatMap(Set::stream)
                .filter(session -> session.principal().sessionId().equals(login))
                .toList();
    }
}
