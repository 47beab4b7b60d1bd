package dev.parley.ports.in;

import dev.parley.ports.model.UserId;
import dev.parley.ports.model.Username;

/** Accepts a pending request from another user. */
public interface AcceptFriendRequestUseCase {
    void acceptFriendRequest(UserId accepter, Username requester);
}
