package dev.parley.adapter.tyrus;

import jakarta.websocket.CloseReason;
import jakarta.websocket.Session;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Writing to and closing a WebSocket session without blocking the caller or throwing at it. */
final class Sockets {
    private static final Logger LOG = LoggerFactory.getLogger(Sockets.class);

    private Sockets() {
    }

    /** Sends a text frame asynchronously; a frame that cannot leave is lost with its connection, which reconnects. */
    static void send(Session session, String frame) {
        try {
            session.getAsyncRemote().sendText(frame, result -> {
                if (!result.isOK()) {
                    LOG.debug("A frame could not be sent", result.getException());
                }
            });
        } catch (IllegalStateException closing) {
            LOG.debug("A frame could not be sent: the connection is closing");
        }
    }

    static void closeQuietly(Session session, int code, String reason) {
        try {
            session.close(new CloseReason(CloseReason.CloseCodes.getCloseCode(code), reason));
        } catch (IOException | IllegalStateException alreadyGone) {
            LOG.debug("Closing a connection that is already gone", alreadyGone);
        }
    }
}
