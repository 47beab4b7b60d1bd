package dev.parley.adapter.server.json;

import dev.parley.ports.model.FriendRequests;
import java.util.List;

/** The answer of {@code GET /friend_requests}. */
public record FriendRequestsView(List<UserView> incoming, List<UserView> outgoing) {
    public static FriendRequestsView from(FriendRequests requests) {
        return new FriendRequestsView(requests.incoming().stream().map(UserView::from).toList(),
                requests.outgoing().stream().map(UserView::from).toList());
    }
}
