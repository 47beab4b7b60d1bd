package dev.parley.domain.social;

import dev.parley.ports.model.ErrorCode;
import dev.parley.ports.model.FriendRequest;
import dev.parley.ports.model.Friendship;
import dev.parley.ports.model.ParleyException;
import dev.parley.ports.model.UserId;
import dev.parley.ports.model.Username;
import java.util.Optional;

/** The friendship rules, each refusing with its own code and a detail naming the rule. */
public final class FriendshipPolicy {
    private FriendshipPolicy() {
    }

    /** Nobody befriends themselves. */
    public static void requireNotSelf(Username requester, Username target) {
        if (requester.sameAs(target)) {
            throw ParleyException.invalid("username", "you cannot befriend yourself");
        }
    }

    /** A request to someone who already is a friend is refused. */
    public static void requireNotFriends(Optional<Friendship> existing, Username target) {
        if (existing.isPresent()) {
            throw new ParleyException(ErrorCode.ALREADY_FRIENDS, "username: you already are friends with " + target);
        }
    }

    /** Accepting or rejecting needs a pending request from that user. */
    public static FriendRequest requirePending(Optional<FriendRequest> request, Username requester) {
        return request.orElseThrow(() -> noPendingRequest(requester));
    }

    public static ParleyException noPendingRequest(Username requester) {
        return new ParleyException(ErrorCode.NO_PENDING_REQUEST, "username: " + requester + " has not asked you to be friends");
    }

    /** Only a friend (never yourself) may see your agents or message you. */
    public static Friendship requireFriends(UserId viewer, UserId other, Optional<Friendship> friendship) {
        if (viewer.equals(other) || friendship.isEmpty()) {
            throw notFriends(other);
        }
        return friendship.get();
    }

    public static ParleyException notFriends(UserId other) {
        return new ParleyException(ErrorCode.NOT_FRIENDS, "user " + other + " is not your friend");
    }
}
