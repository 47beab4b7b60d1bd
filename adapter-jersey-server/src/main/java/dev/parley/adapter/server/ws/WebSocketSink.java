package dev.parley.adapter.server.ws;

import dev.parley.ports.in.SessionSink;
import dev.parley.ports.model.Message;
import dev.parley.ports.model.ServerEvent;
import jakarta.websocket.CloseReason;

/** What the delivery session hands over becomes frames queued on the session's {@link FrameWriter}; nothing here blocks. */
final class WebSocketSink implements SessionSink {
    /** The close code of a session whose login was ended. */
    static final int REVOKED = 4401;

    private final FrameWriter writer;

    WebSocketSink(FrameWriter writer) {
        this.writer = writer;
    }

    @Override
    public void deliver(Message message) {
        writer.message(Frames.message(message), message.createdAt());
    }

    @Override
    public void event(ServerEvent event) {
        writer.text(Frames.event(event));
    }

    @Override
    public void revoked() {
        writer.close(new CloseReason(CloseReason.CloseCodes.getCloseCode(REVOKED), "the login session was ended"));
    }
}
