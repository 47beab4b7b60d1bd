package dev.parley.adapter.inmemory.store;

import dev.parley.ports.model.LoginSession;
import dev.parley.ports.model.SessionId;
import dev.parley.ports.out.LoginSessions;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Open logins by id and by current refresh token hash; revoking forgets a session. */
public final class InMemoryLoginSessions implements LoginSessions {
    private final Map<SessionId, LoginSession> open = new HashMap<>();
    private final Map<String, SessionId> byHash = new HashMap<>();

    @Override
    public synchronized void open(LoginSession session) {
        LoginSession previous = open.put(session.id(), session);
        if (previous != null) {
            byHash.remove(previous.refreshTokenHash());
        }
        byHash.put(session.refreshTokenHash(), session.id());
    }

    @Override
    public synchronized Optional<LoginSession> byRefreshTokenHash(String refreshTokenHash) {
        return Optional.ofNullable(byHash.get(refreshTokenHash)).map(open::get);
    }

    @Override
    public synchronized boolean rotate(SessionId id, String expectedHash, String newHash, Instant newExpiry) {
        LoginSession session = open.get(id);
        if (session == null || !session.refreshTokenHash().equals(expectedHash)) {
            return false;
        }
        byHash.remove(expectedHash);
        byHash.put(newHash, id);
        open.put(id, new LoginSession(id, session.userId(), newHash, newExpiry));
        return true;
    }

    @Override
    public synchronized boolean revoke(SessionId id) {
        LoginSession session = open.remove(id);
        if (session == null) {
            return false;
        }
        byHash.remove(session.refreshTokenHash());
        return true;
    }

    @Override
    public synchronized boolean isOpen(SessionId id) {
        return open.containsKey(id);
    }
}
