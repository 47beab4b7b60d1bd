package dev.parley.ports.out;

import dev.parley.ports.model.Principal;
import java.time.Instant;
import java.util.Optional;

/** Issues and checks self-contained, signed, short-lived access tokens. */
public interface AccessTokens {
    String issue(Principal principal, Instant expiresAt);

    /** The principal of a well-formed, correctly signed token that has not expired at {@code now}. */
    Optional<Principal> verify(String token, Instant now);
}
