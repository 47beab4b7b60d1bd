package dev.parley.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.bootstrap.support.Account;
import dev.parley.bootstrap.support.TestServer;
import dev.parley.bootstrap.support.WsConnection;
import jakarta.websocket.CloseReason;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class ServerLifecycleTest {
    @Test
    void stoppingTheServerClosesLiveSessionsWith1001() throws IOException {
        TestServer own = TestServer.started();
        Account alice = own.fixtures().user("stopper");
        WsConnection session = own.ws().connect(alice.token());

        own.server().stop();

        assertThat(session.awaitClose().getCloseCode()).isEqualTo(CloseReason.CloseCodes.GOING_AWAY);
        own.closeClients();
    }
}
