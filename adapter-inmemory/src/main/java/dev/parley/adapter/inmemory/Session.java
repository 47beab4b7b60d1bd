package dev.parley.adapter.inmemory;

import dev.parley.domain.Parley;
import dev.parley.ports.model.ErrorCode;
import dev.parley.ports.model.LoginTokens;
import dev.parley.ports.model.ParleyException;
import dev.parley.ports.model.Principal;
import dev.parley.ports.model.User;
import java.util.Optional;

/**
 * A client's login: the tokens it holds, checked on every call as a server checks a bearer token, and refreshed
 * once when the access token has expired.
 */
final class Session {
    private final Parley parley;
    private Optional<LoginTokens> tokens = Optional.empty();
    private boolean closed;

    Session(Parley parley) {
        this.parley = parley;
    }

    User logIn(String username, String password) {
        LoginTokens fresh = parley.logIn().logIn(username, password);
        synchronized (this) {
            requireOpen();
            tokens = Optional.of(fresh);
        }
        return fresh.user();
    }

    /** Who the held access token speaks for; {@code unauthorized} when logged out or the login was ended. */
    Principal principal() {
        LoginTokens held = held();
        try {
            return parley.authenticate().authenticate(held.accessToken());
        } catch (ParleyException refused) {
            if (refused.code() != ErrorCode.UNAUTHORIZED) {
                throw refused;
            }
            return refreshed(held);
        }
    }

    synchronized void forget() {
        tokens = Optional.empty();
    }

    synchronized void close() {
        closed = true;
    }

    /** Refreshes once for concurrent callers: whoever comes second uses the tokens the first one got. */
    private Principal refreshed(LoginTokens expired) {
        LoginTokens current;
        synchronized (this) {
            current = held();
            if (current.equals(expired)) {
                current = parley.refreshTokens().refresh(expired.refreshToken());
                tokens = Optional.of(current);
            }
        }
        return parley.authenticate().authenticate(current.accessToken());
    }

    private synchronized LoginTokens held() {
        requireOpen();
        return tokens.orElseThrow(() -> new ParleyException(ErrorCode.UNAUTHORIZED, "not logged in"));
    }

    private void requireOpen() {
        if (closed) {
            throw new IllegalStateException("the client is closed");
        }
    }
}
