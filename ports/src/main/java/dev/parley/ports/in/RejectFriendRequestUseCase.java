package dev.parley.ports.in;

import dev.parley.ports.model.UserId;
import dev.parley.ports.model.Username;

/** Rejects a pending request from another user. */
public interface RejectFriendRequestUseCase {
    void rejectFriendRequest(UserId rejecter, Username requester);
}
