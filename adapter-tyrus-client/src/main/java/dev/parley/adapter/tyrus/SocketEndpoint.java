package dev.parley.adapter.tyrus;

import jakarta.websocket.CloseReason;
import jakarta.websocket.Endpoint;
import jakarta.websocket.EndpointConfig;
import jakarta.websocket.MessageHandler;
import jakarta.websocket.Session;

/** One WebSocket connection's callbacks, handed to the stream that owns it. */
final class SocketEndpoint extends Endpoint {
    /** What the stream does with a connection's life. */
    interface Events {
        void frame(Session session, String text);

        void closed(Session session, CloseReason reason);

        void failed(Session session, Throwable failure);
    }

    private static final int MAX_FRAME = 1 << 20;

    private final Events events;

    SocketEndpoint(Events events) {
        this.events = events;
    }

    @Override
    public void onOpen(Session session, EndpointConfig config) {
        session.setMaxTextMessageBufferSize(MAX_FRAME);
        session.addMessageHandler(String.class, (MessageHandler.Whole<String>) text -> events.frame(session, text));
    }

    @Override
    public void onClose(Session session, CloseReason reason) {
        events.closed(session, reason);
    }

    @Override
    public void onError(Session session, Throwable failure) {
        events.failed(session, failure);
    }
}
