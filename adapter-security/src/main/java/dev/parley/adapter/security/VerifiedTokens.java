package dev.parley.adapter.security;

import dev.parley.ports.model.Principal;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Access tokens already verified, with their principal and expiry, so a token used again is neither parsed nor its
 * signature checked again. Only what verification vouched for is kept (the exact token string), and a hit past the
 * expiry is a miss. The cache answers for the token alone: whether its login is still open is checked by the caller
 * on every use (the domain's {@code authenticate}), so a logout takes effect at once. Bounded: when full, the expired
 * entries go, and if that frees too little, everything goes (the next uses simply verify again).
 */
final class VerifiedTokens {
    static final int MAX_ENTRIES = 8_192;

    private final int maxEntries;
    private final ConcurrentMap<String, Verified> byToken = new ConcurrentHashMap<>();

    private record Verified(Principal principal, Instant expiresAt) {
        Verified {
            Objects.requireNonNull(principal, "principal");
            Objects.requireNonNull(expiresAt, "expiresAt");
        }
    }

    VerifiedTokens(int maxEntries) {
        if (maxEntries < 1) {
            throw new IllegalArgumentException("maxEntries must be positive");
        }
        this.maxEntries = maxEntries;
    }

    /** The principal of {@code token} if it was verified before and has not expired at {@code now}. */
    Optional<Principal> get(String token, Instant now) {
        Verified verified = byToken.get(token);
        if (verified == null) {
            return Optional.empty();
        }
        if (!now.isBefore(verified.expiresAt())) {
            byToken.remove(token, verified);
            return Optional.empty();
        }
        return Optional.of(verified.principal());
    }

    /** Remembers a token that verification accepted, until {@code expiresAt}. */
    void put(String token, Principal principal, Instant expiresAt, Instant now) {
        if (byToken.size() >= maxEntries) {
            byToken.values().removeIf(verified -> !now.isBefore(verified.expiresAt()));
            if (byToken.size() >= maxEntries * 3 / 4) {
                byToken.clear();
            }
        }
        byToken.put(token, new Verified(principal, expiresAt));
    }

    int size() {
        return byToken.size();
    }
}
