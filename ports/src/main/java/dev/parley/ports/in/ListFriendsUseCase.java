package dev.parley.ports.in;

import dev.parley.ports.model.Friend;
import dev.parley.ports.model.UserId;
import java.util.List;

/** Lists a user's friends, sorted by username. */
public interface ListFriendsUseCase {
    List<Friend> listFriends(UserId user);
}
