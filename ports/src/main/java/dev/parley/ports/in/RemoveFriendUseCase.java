package dev.parley.ports.in;

import dev.parley.ports.model.UserId;
import dev.parley.ports.model.Username;

/** Ends a friendship; from then on neither side sees the other's agents or can message the other. */
public interface RemoveFriendUseCase {
    void removeFriend(UserId user, Username friend);
}
