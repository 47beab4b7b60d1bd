package dev.parley.adapter.tyrus.wire;

import dev.parley.ports.model.FriendRequests;
import java.util.List;

/** The answer of {@code GET /friend_requests}. */
public record FriendRequestsJson(List<UserJson> incoming, List<UserJson> outgoing) {
    public FriendRequests toRequests() {
        return new FriendRequests(
                Fields.required(incoming, "incoming").stream().map(UserJson::toUser).toList(),
                Fields.required(outgoing, "outgoing").stream().map(UserJson::toUser).toList());
    }
}
