package dev.parley.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.parley.adapter.server.limits.Limits;
import dev.parley.bootstrap.support.Account;
import dev.parley.bootstrap.support.RawHttp;
import dev.parley.bootstrap.support.TestServer;
import dev.parley.bootstrap.support.WsClient;
import dev.parley.bootstrap.support.WsConnection;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** WebSocket sessions per user: one too many is refused at the handshake with {@code 429} and {@code Retry-After}. */
class SessionLimitTest {
    private static final int PER_USER = 2;

    @RegisterExtension
    static final TestServer server = new TestServer((config, dir) -> config.withServer(
            config.server().withLimits(Limits.defaults().withSessionsPerUser(PER_USER))));

    @Test
    void oneSessionTooManyIsRefusedWith429AndRetryAfter() {
        Account alice = server.fixtures().user("alice");
        WsConnection first = server.ws().connect(alice.token());
        WsConnection second = server.ws().connect(alice.token());

        RawHttp.Head refused = RawHttp.upgrade(server.port(), "/ws?token=" + alice.token());

        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.header("retry-after")).isEqualTo("60");
        assertThat(refused.header("upgrade")).isEmpty();
        assertThatThrownBy(() -> server.ws().connect(alice.token())).isInstanceOf(WsClient.WsRefused.class);
        assertThat(first.ready().isOpen()).isTrue();
        first.close();
        second.close();
    }

    @Test
    void closingASessionMakesRoomForAnother() {
        Account alice = server.fixtures().user("alice");
        WsConnection first = server.ws().connect(alice.token());
        WsConnection second = server.ws().connect(alice.token());

        first.close();

        WsConnection third = await().atMost(Duration.ofSeconds(10)).ignoreExceptionsInstanceOf(WsClient.WsRefused.class)
                .until(() -> server.ws().connect(alice.token()), WsConnection::isOpen);

        assertThat(third.ready().isOpen()).isTrue();
        second.close();
        third.close();
    }

    @Test
    void theLimitIsPerUser() {
        Account alice = server.fixtures().user("alice");
        Account bob = server.fixtures().user("bob");
        WsConnection first = server.ws().connect(alice.token());
        WsConnection second = server.ws().connect(alice.token());

        WsConnection bobs = server.ws().connect(bob.token());

        assertThat(bobs.isOpen()).isTrue();
        first.close();
        second.close();
        bobs.close();
    }
}
