package dev.parley.ports.model;

import java.util.List;

/** A user's pending requests: those others sent them and those they sent. */
public record FriendRequests(List<User> incoming, List<User> outgoing) {
    public FriendRequests {
        incoming = List.copyOf(incoming);
        outgoing = List.copyOf(outgoing);
    }
}
