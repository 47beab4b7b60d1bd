package dev.parley.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.adapter.server.limits.Limits;
import dev.parley.bootstrap.support.Account;
import dev.parley.bootstrap.support.Fixtures;
import dev.parley.bootstrap.support.Reply;
import dev.parley.bootstrap.support.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Failed logins per client address: guessing across many usernames from one address is stopped too. */
class FailedLoginsPerAddressTest {
    private static final int FAILURES = 3;

    @RegisterExtension
    static final TestServer server = new TestServer((config, dir) -> config.withServer(
            config.server().withLimits(Limits.defaults().withFailedLoginsPerMinute(1_000, FAILURES))));

    @Test
    void anAddressWithTooManyFailedLoginsIsRefusedForEveryUsername() {
        Account alice = server.fixtures().user("alice");
        for (int i = 0; i < FAILURES; i++) {
            Reply failed = logIn(Fixtures.uniqueName("nobody"), "wrong-password");
            assertThat(failed.code()).isEqualTo("invalid_credentials");
        }

        Reply refused = logIn(alice.username(), Fixtures.PASSWORD);

        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.code()).isEqualTo("rate_limited");
        assertThat(refused.json().get("detail").asText()).contains("this address");
        assertThat(refused.header("Retry-After")).isPresent();
    }

    private static Reply logIn(String username, String password) {
        return server.http().post("/login", Fixtures.credentials(username, password));
    }
}
