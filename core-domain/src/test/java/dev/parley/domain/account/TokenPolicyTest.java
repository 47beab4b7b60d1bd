package dev.parley.domain.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.ports.model.ErrorCode;
import dev.parley.ports.model.LoginSession;
import dev.parley.ports.model.ParleyException;
import dev.parley.ports.model.SessionId;
import dev.parley.ports.model.UserId;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TokenPolicyTest {
    private static final Instant EXPIRY = Instant.parse("2026-01-01T00:00:00Z");
    private static final LoginSession SESSION = new LoginSession(new SessionId("s1"), new UserId("u1"), "hash", EXPIRY);

    @Test
    void aRefreshTokenWorksBeforeItsExpiry() {
        assertThat(TokenPolicy.requireUnexpired(SESSION, EXPIRY.minusMillis(1))).isEqualTo(SESSION);
    }

    @Test
    void aRefreshTokenIsUnauthorizedFromItsExpiryOn() {
        assertThatThrownBy(() -> TokenPolicy.requireUnexpired(SESSION, EXPIRY))
                .isInstanceOfSatisfying(ParleyException.class,
                        refusal -> assertThat(refusal.code()).isEqualTo(ErrorCode.UNAUTHORIZED))
                .hasMessageContaining("expired");
    }

    @Test
    void losingARotationRaceIsUnauthorized() {
        assertThatThrownBy(() -> TokenPolicy.requireRotated(false))
                .isInstanceOfSatisfying(ParleyException.class,
                        refusal -> assertThat(refusal.code()).isEqualTo(ErrorCode.UNAUTHORIZED));
        TokenPolicy.requireRotated(true);
    }
}
