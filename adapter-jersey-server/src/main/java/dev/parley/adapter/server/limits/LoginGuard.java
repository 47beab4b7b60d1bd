package dev.parley.adapter.server.limits;

import dev.parley.ports.model.ParleyException;
import dev.parley.ports.model.Username;
import java.util.Optional;

/**
 * Slows down password guessing: failed logins are counted per username and per client address, and a login for a
 * username, or from an address, that has used up its failures is refused before the password is looked at, right
 * password or not. A successful login is never counted, so honest clients are never refused however many users
 * they log in. A name that cannot be a username (malformed) counts against its address only.
 */
public final class LoginGuard {
    private final KeyedRateLimit byUsername;
    private final KeyedRateLimit byAddress;

    public LoginGuard(Limits limits) {
        byUsername = new KeyedRateLimit(limits.failedLoginsPerUsernamePerMinute(), "too many failed logins for this username");
        byAddress = new KeyedRateLimit(limits.failedLoginsPerAddressPerMinute(), "too many failed logins from this address");
    }

    /** Refuses ({@code rate_limited}) a login attempt for a username or from an address with no failures left. */
    public void check(String username, String address) {
        byAddress.check(address);
        usernameKey(username).ifPresent(byUsername::check);
    }

    /** Counts a failed login against the username and the address. */
    public void failed(String username, String address) {
        byAddress.charge(address);
        usernameKey(username).ifPresent(byUsername::charge);
    }

    /** The case-folded name, as usernames are unique ignoring case; empty for a string that is no username. */
    private static Optional<String> usernameKey(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Username(raw).key());
        } catch (ParleyException malformed) {
            return Optional.empty();
        }
    }
}
