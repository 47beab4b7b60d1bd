package dev.parley.adapter.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.ports.model.Principal;
import dev.parley.ports.model.SessionId;
import dev.parley.ports.model.UserId;
import dev.parley.ports.model.Username;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class VerifiedTokensTest {
    private static final Instant NOW = Instant.parse("2026-11-25T20:10:42.120Z");
    private static final Instant EXPIRY = NOW.plus(Duration.ofHours(1));
    private static final Principal ALICE = new Principal(new UserId("u-1"), new Username("alice"), new SessionId("s-1"));

    private final VerifiedTokens tokens = new VerifiedTokens(4);

    @Test
    void aRememberedTokenIsAnsweredWithItsPrincipalUntilItExpires() {
        tokens.put("token-a", ALICE, EXPIRY);

        assertThat(tokens.get("token-a", NOW)).contains(ALICE);
        assertThat(tokens.get("token-a", EXPIRY.minusMillis(1))).contains(ALICE);
    }

    @Test
    void anExpiredTokenIsAMissAndIsForgotten() {
        tokens.put("token-a", ALICE, EXPIRY);

        assertThat(tokens.get("token-a", EXPIRY)).isEmpty();
        assertThat(tokens.size()).isZero();
        assertThat(tokens.get("token-a", NOW)).isEmpty();
    }

    @Test
    void onlyTheExactTokenHits() {
        tokens.put("token-a", ALICE, EXPIRY);

        assertThat(tokens.get("token-b", NOW)).isEmpty();
        assertThat(tokens.get("token-a ", NOW)).isEmpty();
    }

    @Test
    void theCacheNeverHoldsMoreThanItsBound() {
        for (int i = 0; i < 100; i++) {
            tokens.put("token-" + i, ALICE, EXPIRY);
            assertThat(tokens.size()).isLessThanOrEqualTo(4);
        }
    }
}
