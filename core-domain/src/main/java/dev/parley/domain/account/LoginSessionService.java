package dev.parley.domain.account;

import dev.parley.ports.in.AuthenticateUseCase;
import dev.parley.ports.in.LogOutUseCase;
import dev.parley.ports.in.RefreshTokensUseCase;
import dev.parley.ports.model.LoginSession;
import dev.parley.ports.model.LoginTokens;
import dev.parley.ports.model.Principal;
import dev.parley.ports.model.User;
import dev.parley.ports.out.AccessTokens;
import dev.parley.ports.out.LiveSignals;
import dev.parley.ports.out.LoginSessions;
import dev.parley.ports.out.Signal;
import dev.parley.ports.out.Users;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** What happens to a login after it started: refreshing its tokens, checking them, ending it. */
public final class LoginSessionService implements RefreshTokensUseCase, AuthenticateUseCase, LogOutUseCase {
    private final Users users;
    private final LoginSessions loginSessions;
    private final AccessTokens accessTokens;
    private final TokenIssuer issuer;
    private final LiveSignals signals;
    private final Clock clock;

    LoginSessionService(Users users, LoginSessions loginSessions, AccessTokens accessTokens, TokenIssuer issuer,
            LiveSignals signals, Clock clock) {
        this.users = users;
        this.loginSessions = loginSessions;
        this.accessTokens = accessTokens;
        this.issuer = issuer;
        this.signals = signals;
        this.clock = clock;
    }

    @Override
    public LoginTokens refresh(String refreshToken) {
        if (refreshToken == null || refreshToken.isBlank()) {
            throw TokenPolicy.unauthorized("refresh token missing");
        }
        Instant now = now();
        LoginSession session = loginSessions.byRefreshTokenHash(RefreshTokens.hash(refreshToken))
                .orElseThrow(() -> TokenPolicy.unauthorized("unknown refresh token"));
        TokenPolicy.requireUnexpired(session, now);
        User user = users.byId(session.userId()).orElseThrow(() -> TokenPolicy.unauthorized("unknown user"));
        return issuer.rotate(user, session, now);
    }

    @Override
    public Principal authenticate(String accessToken) {
        if (accessToken == null || accessToken.isBlank()) {
            throw TokenPolicy.unauthorized("access token missing");
        }
        Principal principal = accessTokens.verify(accessToken, now())
                .orElseThrow(() -> TokenPolicy.unauthorized("access token malformed or expired"));
        if (!loginSessions.isOpen(principal.sessionId())) {
            throw TokenPolicy.unauthorized("login ended");
        }
        return principal;
    }

    @Override
    public void logOut(Principal principal) {
        loginSessions.revoke(principal.sessionId());
        signals.publish(new Signal.SessionRevoked(principal.sessionId()));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
