package dev.parley.adapter.inmemory.security;

import dev.parley.ports.model.Principal;
import dev.parley.ports.out.AccessTokens;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Random opaque access tokens (32 bytes, base64url) kept in a map with their principal and expiry; expired ones
 * are swept out every so many issues, so a long-running process does not keep them all.
 */
public final class InMemoryAccessTokens implements AccessTokens {
    private static final int SWEEP_EVERY = 1024;

    private record Grant(Principal principal, Instant expiresAt) {
    }

    private final Map<String, Grant> grants = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();
    private final AtomicInteger issued = new AtomicInteger();
    private final Clock clock;

    public InMemoryAccessTokens(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public String issue(Principal principal, Instant expiresAt) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        grants.put(token, new Grant(principal, expiresAt));
        if (issued.incrementAndGet() % SWEEP_EVERY == 0) {
            Instant now = clock.instant();
            grants.values().removeIf(grant -> !now.isBefore(grant.expiresAt()));
        }
        return token;
    }

    @Override
    public Optional<Principal> verify(String token, Instant now) {
        Grant grant = grants.get(token);
        if (grant == null) {
            return Optional.empty();
        }
        if (!now.isBefore(grant.expiresAt())) {
            grants.remove(token, grant);
            return Optional.empty();
        }
        return Optional.of(grant.principal());
    }
}
