package dev.parley.adapter.inmemory;

import dev.parley.ports.client.ClientEvent;
import dev.parley.ports.model.ServerEvent;

/** Translates the domain's events into the client port's. */
final class ClientEvents {
    private ClientEvents() {
    }

    static ClientEvent from(ServerEvent event) {
        if (event instanceof ServerEvent.FriendRequested requested) {
            return new ClientEvent.FriendRequestReceived(requested.from());
        }
        if (event instanceof ServerEvent.FriendAccepted accepted) {
            return new ClientEvent.FriendAccepted(accepted.friend());
        }
        ServerEvent.PresenceChanged presence = (ServerEvent.PresenceChanged) event;
        return new ClientEvent.PresenceChanged(presence.userId(), presence.online());
    }
}
