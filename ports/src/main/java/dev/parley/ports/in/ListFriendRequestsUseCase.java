package dev.parley.ports.in;

import dev.parley.ports.model.FriendRequests;
import dev.parley.ports.model.UserId;

/** Lists a user's pending incoming and outgoing requests. */
public interface ListFriendRequestsUseCase {
    FriendRequests listFriendRequests(UserId user);
}
