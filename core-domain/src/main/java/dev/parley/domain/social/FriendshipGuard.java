package dev.parley.domain.social;

import dev.parley.ports.model.Friendship;
import dev.parley.ports.model.UserId;
import dev.parley.ports.out.Friendships;

/** Checks, for the other services, that two users are friends. */
public final class FriendshipGuard {
    private final Friendships friendships;

    public FriendshipGuard(Friendships friendships) {
        this.friendships = friendships;
    }

    /** @throws dev.parley.ports.model.ParleyException {@code not_friends}, also when {@code other} is {@code viewer} */
    public Friendship requireFriends(UserId viewer, UserId other) {
        return FriendshipPolicy.requireFriends(viewer, other, friendships.between(viewer, other));
    }
}
