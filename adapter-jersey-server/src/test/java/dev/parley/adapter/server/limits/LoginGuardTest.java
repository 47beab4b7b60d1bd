package dev.parley.adapter.server.limits;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LoginGuardTest {
    private static final String HOME = "192.0.2.1";
    private static final String ELSEWHERE = "192.0.2.2";

    @Test
    void aUsernameThatFailedTooOftenIsRefusedFromAnyAddressWhateverItsCase() {
        LoginGuard guard = new LoginGuard(new Limits(0, 2, 100, 0));
        guard.failed("Alice", HOME);
        guard.failed("alice", ELSEWHERE);

        assertThatThrownBy(() -> guard.check("ALICE", "192.0.2.3")).isInstanceOf(RateLimitedException.class)
                .hasMessageContaining("this username");
        assertThatCode(() -> guard.check("bob", HOME)).doesNotThrowAnyException();
    }

    @Test
    void anAddressThatFailedTooOftenIsRefusedForAnyUsername() {
        LoginGuard guard = new LoginGuard(new Limits(0, 100, 2, 0));
        guard.failed("alice", HOME);
        guard.failed("bob", HOME);

        assertThatThrownBy(() -> guard.check("carol", HOME)).isInstanceOf(RateLimitedException.class)
                .hasMessageContaining("this address");
        assertThatCode(() -> guard.check("carol", ELSEWHERE)).doesNotThrowAnyException();
    }

    @Test
    void checkingAloneNeverUsesUpAnything() {
        LoginGuard guard = new LoginGuard(new Limits(0, 1, 1, 0));
        for (int i = 0; i < 100; i++) {
            guard.check("alice", HOME);
        }

        assertThatCode(() -> guard.check("alice", HOME)).doesNotThrowAnyException();
    }

    @Test
    void aMalformedNameCountsAgainstItsAddressOnly() {
        LoginGuard guard = new LoginGuard(new Limits(0, 1, 2, 0));
        guard.failed("no such name!", HOME);
        guard.failed("no such name!", HOME);

        assertThatThrownBy(() -> guard.check("alice", HOME)).isInstanceOf(RateLimitedException.class);
        assertThatCode(() -> guard.check("no such name!", ELSEWHERE)).doesNotThrowAnyException();
    }
}
