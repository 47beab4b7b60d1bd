package dev.parley.adapter.inmemory.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.ports.model.Principal;
import dev.parley.ports.model.SessionId;
import dev.parley.ports.model.UserId;
import dev.parley.ports.model.Username;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class InMemoryAccessTokensTest {
    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
    private final InMemoryAccessTokens tokens = new InMemoryAccessTokens(Clock.fixed(NOW, ZoneOffset.UTC));
    private final Principal alice = new Principal(new UserId("u-1"), new Username("alice"), new SessionId("s-1"));

    @Test
    void anIssuedTokenNamesItsPrincipalUntilItExpires() {
        String token = tokens.issue(alice, NOW.plusSeconds(60));

        assertThat(tokens.verify(token, NOW)).contains(alice);
        assertThat(tokens.verify(token, NOW.plusSeconds(60))).isEmpty();
    }

    @Test
    void eachTokenIsNewAndOpaque() {
        String first = tokens.issue(alice, NOW.plusSeconds(60));
        String second = tokens.issue(alice, NOW.plusSeconds(60));

        assertThat(first).isNotEqualTo(second).doesNotContain("alice").hasSizeGreaterThanOrEqualTo(43);
    }

    @Test
    void expiredTokensAreSweptOutWhileUnexpiredOnesStay() {
        String expired = tokens.issue(alice, NOW.minusSeconds(1));
        String valid = tokens.issue(alice, NOW.plusSeconds(60));
        for (int i = 0; i < 1024; i++) {
            tokens.issue(alice, NOW.plusSeconds(60));
        }

        assertThat(tokens.verify(expired, NOW.minusSeconds(5))).isEmpty();
        assertThat(tokens.verify(valid, NOW)).contains(alice);
    }

    @Test
    void anUnknownTokenNamesNobody() {
        assertThat(tokens.verify("forged", NOW)).isEmpty();
    }
}
