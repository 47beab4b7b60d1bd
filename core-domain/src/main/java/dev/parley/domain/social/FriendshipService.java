package dev.parley.domain.social;

import dev.parley.domain.account.UserDirectory;
import dev.parley.ports.in.ListFriendRequestsUseCase;
import dev.parley.ports.in.ListFriendsUseCase;
import dev.parley.ports.in.RemoveFriendUseCase;
import dev.parley.ports.model.Friend;
import dev.parley.ports.model.FriendRequest;
import dev.parley.ports.model.FriendRequests;
import dev.parley.ports.model.Friendship;
import dev.parley.ports.model.User;
import dev.parley.ports.model.UserId;
import dev.parley.ports.model.Username;
import dev.parley.ports.out.Friendships;
import dev.parley.ports.out.Presence;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Lists friends and requests, and ends friendships. */
public final class FriendshipService implements ListFriendsUseCase, ListFriendRequestsUseCase, RemoveFriendUseCase {
    private final UserDirectory users;
    private final Friendships friendships;
    private final Presence presence;

    public FriendshipService(UserDirectory users, Friendships friendships, Presence presence) {
        this.users = users;
        this.friendships = friendships;
        this.presence = presence;
    }

    @Override
    public List<Friend> listFriends(UserId user) {
        return friendships.friendshipsOf(user).stream()
                .flatMap(friendship -> friendOf(user, friendship).stream())
                .sorted(Comparator.comparing((Friend friend) -> friend.user().username().key()))
                .toList();
    }

    @Override
    public FriendRequests listFriendRequests(UserId user) {
        return new FriendRequests(
                usersOf(friendships.requestsTo(user), FriendRequest::from),
                usersOf(friendships.requestsFrom(user), FriendRequest::to));
    }

    @Override
    public void removeFriend(UserId user, Username friendName) {
        User friend = users.require(friendName);
        if (!friendships.unfriend(user, friend.id())) {
            throw FriendshipPolicy.notFriends(friend.id());
        }
    }

    private Optional<Friend> friendOf(UserId user, Friendship friendship) {
        return users.find(friendship.friendOf(user))
                .map(friend -> new Friend(friend, presence.isOnline(friend.id()), friendship.since()));
    }

    private List<User> usersOf(List<FriendRequest> requests, Function<FriendRequest, UserId> side) {
        return requests.stream().map(side).flatMap(id -> users.find(id).stream()).toList();
    }
}
