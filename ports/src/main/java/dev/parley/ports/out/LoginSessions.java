package dev.parley.ports.out;

import dev.parley.ports.model.LoginSession;
import dev.parley.ports.model.SessionId;
import java.time.Instant;
import java.util.Optional;

/** Open logins, each keeping only the hash of its current refresh token. */
public interface LoginSessions {
    void open(LoginSession session);

    /** The open (not revoked) session whose current refresh token has this hash. */
    Optional<LoginSession> byRefreshTokenHash(String refreshTokenHash);

    /**
     * Replaces the refresh token hash, only if it still is {@code expectedHash} and the session is open: of two
     * concurrent refreshes with one token, exactly one wins.
     */
    boolean rotate(SessionId id, String expectedHash, String newHash, Instant newExpiry);

    /** Ends the session; false when it was already ended or unknown. */
    boolean revoke(SessionId id);

    boolean isOpen(SessionId id);
}
