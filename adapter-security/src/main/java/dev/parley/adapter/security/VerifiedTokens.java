package dev.parley.adapter.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.parley.ports.model.Principal;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Access tokens already verified, with their principal and expiry, so a token used again is neither parsed nor its
 * signature checked again. Only what verification vouched for is kept (the exact token string), and a hit past the
 * expiry is a miss. The cache answers for the token alone: whether its login is still open is checked by the caller
 * on every use (the domain's {@code authenticate}), so a logout takes effect at once. Bounded (Caffeine, size-based
 * eviction): a token evicted is simply verified again on its next use.
 */
final class VerifiedTokens {
    static final int MAX_ENTRIES = 8_192;

    private final Cache<String, Verified> byToken;

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
        // Evictions run on the calling thread: no background task of the common pool for a cache this small.
        this.byToken = Caffeine.newBuilder().maximumSize(maxEntries).executor(Runnable::run).build();
    }

    /** The principal of {@code token} if it was verified before and has not expired at {@code now}. */
    Optional<Principal> get(String token, Instant now) {
        Optional<Verified> verified = Optional.ofNullable(byToken.getIfPresent(token));
        if (verified.isPresent() && !now.isBefore(verified.get().expiresAt())) {
            byToken.asMap().remove(token, verified.get());
            return Optional.empty();
        }
        return verified.map(Verified::principal);
    }

    /** Remembers a token that verification accepted, until {@code expiresAt}. */
    void put(String token, Principal principal, Instant expiresAt) {
        byToken.put(token, new Verified(principal, expiresAt));
    }

    /** Entries held, after pending evictions ran. */
    long size() {
        byToken.cleanUp();
        return byToken.estimatedSize();
    }
}
