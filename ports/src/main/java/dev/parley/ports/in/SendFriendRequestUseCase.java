package dev.parley.ports.in;

import dev.parley.ports.model.FriendRequestStatus;
import dev.parley.ports.model.UserId;
import dev.parley.ports.model.Username;

/** Asks another user to be friends; asking someone who asked you first makes you friends. */
public interface SendFriendRequestUseCase {
    /** @return {@link FriendRequestStatus#PENDING} or, when they had asked you, {@link FriendRequestStatus#ACCEPTED} */
    FriendRequestStatus sendFriendRequest(UserId requester, Username target);
}
