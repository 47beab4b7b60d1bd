package dev.parley.ports.out;

import dev.parley.ports.model.FriendRequest;
import dev.parley.ports.model.Friendship;
import dev.parley.ports.model.UserId;
import java.util.List;
import java.util.Optional;

/** Pending friend requests and the friendships they became. */
public interface Friendships {
    /** Records a pending request; false when the same request is already pending (it is kept as it was). */
    boolean addRequest(FriendRequest request);

    Optional<FriendRequest> request(UserId from, UserId to);

    /** Drops a pending request; false when there was none. */
    boolean removeRequest(UserId from, UserId to);

    /**
     * Makes the two users friends and drops the pending requests between them, in either direction, in one step;
     * false (and nothing changed) when they already are friends.
     */
    boolean befriend(Friendship friendship);

    /** The friendship between two users, whichever order they are given in. */
    Optional<Friendship> between(UserId one, UserId other);

    List<Friendship> friendshipsOf(UserId user);

    /** Pending requests others sent to {@code user}, oldest first. */
    List<FriendRequest> requestsTo(UserId user);

    /** Pending requests {@code user} sent, oldest first. */
    List<FriendRequest> requestsFrom(UserId user);

    /** Ends a friendship; false when there was none. */
    boolean unfriend(UserId one, UserId other);
}
