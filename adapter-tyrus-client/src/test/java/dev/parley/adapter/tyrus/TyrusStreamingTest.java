package dev.parley.adapter.tyrus;

import dev.parley.ports.client.ParleyClient;
import dev.parley.ports.client.contract.StreamingClientContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The streaming contract of the client port, over WebSocket and REST against a real server. */
class TyrusStreamingTest extends StreamingClientContract {
    @RegisterExtension
    static final LiveServer SERVER = LiveServer.standard();

    @Override
    protected ParleyClient newClient() {
        return SERVER.newClient();
    }
}
