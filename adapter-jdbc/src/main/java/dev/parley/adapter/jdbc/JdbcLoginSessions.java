package dev.parley.adapter.jdbc;

import dev.parley.ports.model.LoginSession;
import dev.parley.ports.model.SessionId;
import dev.parley.ports.model.UserId;
import dev.parley.ports.out.LoginSessions;
import java.time.Instant;
import java.util.Optional;

/**
 * Open logins in {@code login_sessions}; revoking deletes the row. Rotation is one conditional UPDATE, so of two
 * racing refreshes with one token the database lets exactly one match. Whether a login is open is asked on every
 * authenticated request: answered from a {@link ReadCache} where that is safe (a database this process alone writes),
 * which opening and revoking invalidate.
 */
final class JdbcLoginSessions implements LoginSessions {
    private final Database database;
    /** An open login's id under its own id; absent once revoked or never opened. */
    private final ReadCache<SessionId, SessionId> openIds;

    JdbcLoginSessions(Database database) {
        this.database = database;
        this.openIds = ReadCache.on(database);
    }

    @Override
    public void open(LoginSession session) {
        try {
            insert(session);
        } finally {
            openIds.invalidate(session.id());
        }
    }

    private void insert(LoginSession session) {
        database.write(handle -> handle.createUpdate("""
                        INSERT INTO login_sessions (id, user_id, refresh_token_hash, refresh_expires_at)
                        VALUES (:id, :user, :hash, :expiresAt)
                        ON CONFLICT (id) DO UPDATE SET user_id = excluded.user_id,
                            refresh_token_hash = excluded.refresh_token_hash,
                            refresh_expires_at = excluded.refresh_expires_at""")
                .bind("id", session.id().value())
                .bind("user", session.userId().value())
                .bind("hash", session.refreshTokenHash())
                .bind("expiresAt", session.refreshExpiresAt().toEpochMilli())
                .execute());
    }

    @Override
    public Optional<LoginSession> byRefreshTokenHash(String refreshTokenHash) {
        return database.read(handle -> handle.createQuery("""
                        SELECT id, user_id, refresh_token_hash, refresh_expires_at
                        FROM login_sessions WHERE refresh_token_hash = :hash""")
                .bind("hash", refreshTokenHash)
                .map((rs, ctx) -> new LoginSession(new SessionId(rs.getString("id")), new UserId(rs.getString("user_id")),
                        rs.getString("refresh_token_hash"), Instant.ofEpochMilli(rs.getLong("refresh_expires_at"))))
                .findOne());
    }

    @Override
    public boolean rotate(SessionId id, String expectedHash, String newHash, Instant newExpiry) {
        return database.write(handle -> handle.createUpdate("""
                        UPDATE login_sessions SET refresh_token_hash = :newHash, refresh_expires_at = :expiresAt
                        WHERE id = :id AND refresh_token_hash = :expectedHash""")
                .bind("id", id.value())
                .bind("expectedHash", expectedHash)
                .bind("newHash", newHash)
                .bind("expiresAt", newExpiry.toEpochMilli())
                .execute()) == 1;
    }

    @Override
    public boolean revoke(SessionId id) {
        try {
            return database.write(handle -> handle.createUpdate("DELETE FROM login_sessions WHERE id = :id")
                    .bind("id", id.value())
                    .execute()) == 1;
        } finally {
            openIds.invalidate(id);
        }
    }

    @Override
    public boolean isOpen(SessionId id) {
        return openIds.get(id, this::stored).isPresent();
    }

    private Optional<SessionId> stored(SessionId id) {
        long rows = database.read(handle -> handle.createQuery("SELECT COUNT(*) FROM login_sessions WHERE id = :id")
                .bind("id", id.value())
                .mapTo(Long.class)
                .one());
        return rows > 0 ? Optional.of(id) : Optional.empty();
    }
}
