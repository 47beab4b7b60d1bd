package dev.parley.domain.delivery;

import dev.parley.ports.model.Friendship;
import dev.parley.ports.model.ServerEvent;
import dev.parley.ports.model.UserId;
import dev.parley.ports.out.Friendships;
import dev.parley.ports.out.LiveSignals;
import dev.parley.ports.out.Signal;

/** Tells a user's friends that the user came online or went offline. */
final class PresenceAnnouncer {
    private final Friendships friendships;
    private final LiveSignals signals;

    PresenceAnnouncer(Friendships friendships, LiveSignals signals) {
        this.friendships = friendships;
        this.signals = signals;
    }

    void announce(UserId user, boolean online) {
        ServerEvent event = new ServerEvent.PresenceChanged(user, online);
        for (Friendship friendship : friendships.friendshipsOf(user)) {
            signals.publish(new Signal.EventFor(friendship.friendOf(user), event));
        }
    }
}
