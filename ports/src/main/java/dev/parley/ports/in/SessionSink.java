package dev.parley.ports.in;

import dev.parley.ports.model.Message;
import dev.parley.ports.model.ServerEvent;

/**
 * Where a delivery session hands what it has for the connection. Implemented by the transport; its
 * methods are called one at a time per session and must not block for long (queue the write).
 */
public interface SessionSink {
    void deliver(Message message);

    void event(ServerEvent event);

    /** The login this session belongs to was ended: close the connection (WebSocket code 4401). */
    void revoked();
}
