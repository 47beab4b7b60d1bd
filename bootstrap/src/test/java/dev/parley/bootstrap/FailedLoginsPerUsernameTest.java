package dev.parley.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.adapter.server.limits.Limits;
import dev.parley.bootstrap.support.Account;
import dev.parley.bootstrap.support.Fixtures;
import dev.parley.bootstrap.support.Reply;
import dev.parley.bootstrap.support.TestServer;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Failed logins per username: past the limit that username is refused, right password or not; others are not. */
class FailedLoginsPerUsernameTest {
    private static final int FAILURES = 3;

    @RegisterExtension
    static final TestServer server = new TestServer((config, dir) -> config.withServer(
            config.server().withLimits(Limits.defaults().withFailedLoginsPerMinute(FAILURES, 1_000))));

    @Test
    void aUsernameWithTooManyFailedLoginsIsRefusedWithRetryAfterEvenWithTheRightPassword() {
        Account alice = server.fixtures().user("alice");
        for (int i = 0; i < FAILURES; i++) {
            assertThat(logIn(alice.username(), "wrong-password").code()).isEqualTo("invalid_credentials");
        }

        Reply refused = logIn(alice.username().toUpperCase(Locale.ROOT), Fixtures.PASSWORD);

        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.code()).isEqualTo("rate_limited");
        assertThat(Long.parseLong(refused.header("Retry-After").orElseThrow())).isBetween(1L, 60L);
    }

    @Test
    void anotherUsernameFromTheSameAddressStillLogsIn() {
        Account alice = server.fixtures().user("alice");
        Account bob = server.fixtures().user("bob");
        for (int i = 0; i < FAILURES; i++) {
            logIn(alice.username(), "wrong-password");
        }

        assertThat(logIn(bob.username(), Fixtures.PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void successfulLoginsAreNeverCounted() {
        Account alice = server.fixtures().user("alice");
        for (int i = 0; i < FAILURES * 10; i++) {
            assertThat(logIn(alice.username(), Fixtures.PASSWORD).status()).isEqualTo(200);
        }

        assertThat(logIn(alice.username(), "wrong-password").code()).isEqualTo("invalid_credentials");
    }

    private static Reply logIn(String username, String password) {
        return server.http().post("/login", Fixtures.credentials(username, password));
    }
}
