package dev.parley.ports.client;

import dev.parley.ports.model.Message;
import dev.parley.ports.model.User;
import dev.parley.ports.model.UserId;

/**
 * Receives what a {@link MessageStream} brings, one event at a time, on the transport's delivery thread.
 * Modelled on {@code java.net.http.WebSocket.Listener}: every method has a default, override what you need;
 * either the typed methods or {@link #onEvent(ClientEvent)}, which dispatches to them.
 */
public interface StreamListener {
    default void onEvent(ClientEvent event) {
        if (event instanceof ClientEvent.MessageReceived received) {
            onMessage(received.message());
        } else if (event instanceof ClientEvent.FriendRequestReceived request) {
            onFriendRequest(request.from());
        } else if (event instanceof ClientEvent.FriendAccepted accepted) {
            onFriendAccepted(accepted.friend());
        } else if (event instanceof ClientEvent.PresenceChanged presence) {
            onPresence(presence.userId(), presence.online());
        } else if (event instanceof ClientEvent.StreamClosed closed) {
            onClose(closed.code(), closed.reason());
        }
    }

    default void onMessage(Message message) {
    }

    default void onFriendRequest(User from) {
    }

    default void onFriendAccepted(User friend) {
    }

    default void onPresence(UserId user, boolean online) {
    }

    default void onClose(int code, String reason) {
    }
}
