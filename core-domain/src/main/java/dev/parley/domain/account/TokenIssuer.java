package dev.parley.domain.account;

import dev.parley.ports.model.LoginSession;
import dev.parley.ports.model.LoginTokens;
import dev.parley.ports.model.Principal;
import dev.parley.ports.model.SessionId;
import dev.parley.ports.model.User;
import dev.parley.ports.out.AccessTokens;
import dev.parley.ports.out.IdGenerator;
import dev.parley.ports.out.LoginSessions;
import java.time.Duration;
import java.time.Instant;

/** Starts login sessions and hands out their token pairs. */
final class TokenIssuer {
    private final LoginSessions loginSessions;
    private final AccessTokens accessTokens;
    private final IdGenerator ids;
    private final RefreshTokens refreshTokens = new RefreshTokens();
    private final Duration accessLifetime;
    private final Duration refreshLifetime;

    TokenIssuer(LoginSessions loginSessions, AccessTokens accessTokens, IdGenerator ids,
            Duration accessLifetime, Duration refreshLifetime) {
        this.loginSessions = loginSessions;
        this.accessTokens = accessTokens;
        this.ids = ids;
        this.accessLifetime = accessLifetime;
        this.refreshLifetime = refreshLifetime;
    }

    /** Opens a new login session for the user and issues its first tokens. */
    LoginTokens start(User user, Instant now) {
        SessionId sessionId = new SessionId(ids.newId());
        String refreshToken = refreshTokens.generate();
        loginSessions.open(new LoginSession(sessionId, user.id(), RefreshTokens.hash(refreshToken), now.plus(refreshLifetime)));
        return tokens(user, sessionId, refreshToken, now);
    }

    /** Replaces the session's refresh token (only if the one it was found by is still current) and issues new tokens. */
    LoginTokens rotate(User user, LoginSession session, Instant now) {
        String refreshToken = refreshTokens.generate();
        boolean rotated = loginSessions.rotate(session.id(), session.refreshTokenHash(),
                RefreshTokens.hash(refreshToken), now.plus(refreshLifetime));
        TokenPolicy.requireRotated(rotated);
        return tokens(user, session.id(), refreshToken, now);
    }

    private LoginTokens tokens(User user, SessionId sessionId, String refreshToken, Instant now) {
        Instant expiresAt = now.plus(accessLifetime);
        String accessToken = accessTokens.issue(new Principal(user.id(), user.username(), sessionId), expiresAt);
        return new LoginTokens(accessToken, expiresAt, refreshToken, user);
    }
}
