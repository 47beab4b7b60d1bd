package dev.parley.adapter.tyrus;

import dev.parley.ports.client.ParleyClient;
import dev.parley.ports.client.contract.MessagingClientContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The messaging contract of the client port, over WebSocket and REST against a real server. */
class TyrusMessagingTest extends MessagingClientContract {
    @RegisterExtension
    static final LiveServer SERVER = LiveServer.standard();

    @Override
    protected ParleyClient newClient() {
        return SERVER.newClient();
    }
}
