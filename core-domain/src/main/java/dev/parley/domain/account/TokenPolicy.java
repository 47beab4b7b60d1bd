package dev.parley.domain.account;

import dev.parley.ports.model.ErrorCode;
import dev.parley.ports.model.LoginSession;
import dev.parley.ports.model.ParleyException;
import java.time.Instant;

/** The token rules: a refresh token works until it expires or is used; every failure is one {@code unauthorized}. */
public final class TokenPolicy {
    private TokenPolicy() {
    }

    /** Refuses a login session whose refresh token expired at or before {@code now}. */
    public static LoginSession requireUnexpired(LoginSession session, Instant now) {
        if (!session.refreshExpiresAt().isAfter(now)) {
            throw unauthorized("refresh token expired");
        }
        return session;
    }

    /** Refuses the losing side of a rotation race (or a session revoked meanwhile). */
    public static void requireRotated(boolean rotated) {
        if (!rotated) {
            throw unauthorized("refresh token already used or revoked");
        }
    }

    public static ParleyException unauthorized(String why) {
        return new ParleyException(ErrorCode.UNAUTHORIZED, "token: " + why);
    }
}
