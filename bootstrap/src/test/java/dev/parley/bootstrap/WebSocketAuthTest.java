package dev.parley.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.bootstrap.support.Account;
import dev.parley.bootstrap.support.Fixtures;
import dev.parley.bootstrap.support.RawHttp;
import dev.parley.bootstrap.support.TestServer;
import dev.parley.bootstrap.support.WsClient;
import dev.parley.bootstrap.support.WsConnection;
import jakarta.websocket.ClientEndpointConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class WebSocketAuthTest {
    @RegisterExtension
    static final TestServer server = new TestServer();

    private final Fixtures given = server.fixtures();

    @Test
    void anUpgradeWithoutATokenIsRefusedWithARealHttp401() {
        RawHttp.Head head = RawHttp.upgrade(server.port(), "/ws");

        assertThat(head.status()).isEqualTo(401);
        assertThat(head.header("www-authenticate")).startsWith("Bearer");
        assertThat(head.header("upgrade")).isEmpty();
    }

    @Test
    void anUpgradeWithABadTokenIsRefusedWith401() {
        RawHttp.Head head = RawHttp.upgrade(server.port(), "/ws?token=not-a-token");

        assertThat(head.status()).isEqualTo(401);
        assertThatThrownBy(() -> server.ws().open("token=not-a-token", ClientEndpointConfig.Builder.create().build()))
                .isInstanceOf(WsClient.WsRefused.class);
    }

    @Test
    void theTokenMayComeInAnAuthorizationHeader() {
        Account alice = given.user("wsheader");

        WsConnection connection = server.ws().connectWithHeader(alice.token());

        assertThat(connection.isOpen()).isTrue();
        connection.close();
    }

    @Test
    void loggingOutClosesTheSessionsOpenedWithThatLoginWith4401() {
        Account alice = given.user("wslogout");
        Account otherLogin = given.logIn(alice.username());
        WsConnection revoked = server.ws().connect(alice.token());
        WsConnection kept = server.ws().connect(otherLogin.token());

        assertThat(server.http().post("/logout", "", alice.token()).status()).isEqualTo(204);

        assertThat(revoked.awaitClose().getCloseCode().getCode()).isEqualTo(4401);
        assertThat(kept.ready().isOpen()).isTrue();
        kept.close();
    }

    @Test
    void anAgentsFilterNamingNoneOfYourAgentsRefusesTheUpgradeWith404() {
        Account alice = given.user("wsagents");
        given.agent(alice, "planner");

        RawHttp.Head unknown = RawHttp.upgrade(server.port(), "/ws?token=" + alice.token() + "&agents=planner,ghost");
        RawHttp.Head invalid = RawHttp.upgrade(server.port(), "/ws?token=" + alice.token() + "&agents=Not%20A%20Name");

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(invalid.status()).isEqualTo(400);
    }
}
