package dev.parley.domain.social;

import dev.parley.domain.account.UserDirectory;
import dev.parley.ports.in.AcceptFriendRequestUseCase;
import dev.parley.ports.in.RejectFriendRequestUseCase;
import dev.parley.ports.in.SendFriendRequestUseCase;
import dev.parley.ports.model.FriendRequest;
import dev.parley.ports.model.FriendRequestStatus;
import dev.parley.ports.model.Friendship;
import dev.parley.ports.model.ServerEvent;
import dev.parley.ports.model.User;
import dev.parley.ports.model.UserId;
import dev.parley.ports.model.Username;
import dev.parley.ports.out.Friendships;
import dev.parley.ports.out.LiveSignals;
import dev.parley.ports.out.Signal;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Asking, accepting and rejecting; two requests that cross make friends at once. */
public final class FriendRequestService
        implements SendFriendRequestUseCase, AcceptFriendRequestUseCase, RejectFriendRequestUseCase {
    private final UserDirectory users;
    private final Friendships friendships;
    private final LiveSignals signals;
    private final Clock clock;

    public FriendRequestService(UserDirectory users, Friendships friendships, LiveSignals signals, Clock clock) {
        this.users = users;
        this.friendships = friendships;
        this.signals = signals;
        this.clock = clock;
    }

    @Override
    public FriendRequestStatus sendFriendRequest(UserId requesterId, Username targetName) {
        User requester = users.require(requesterId);
        FriendshipPolicy.requireNotSelf(requester.username(), targetName);
        User target = users.require(targetName);
        FriendshipPolicy.requireNotFriends(friendships.between(requester.id(), target.id()), target.username());
        if (friendships.request(target.id(), requester.id()).isPresent()) {
            befriend(target, requester);
            return FriendRequestStatus.ACCEPTED;
        }
        if (friendships.addRequest(new FriendRequest(requester.id(), target.id(), now()))) {
            signals.publish(new Signal.EventFor(target.id(), new ServerEvent.FriendRequested(requester)));
        }
        return FriendRequestStatus.PENDING;
    }

    @Override
    public void acceptFriendRequest(UserId accepterId, Username requesterName) {
        User requester = users.require(requesterName);
        User accepter = users.require(accepterId);
        FriendshipPolicy.requirePending(friendships.request(requester.id(), accepter.id()), requester.username());
        befriend(requester, accepter);
    }

    @Override
    public void rejectFriendRequest(UserId rejecterId, Username requesterName) {
        User requester = users.require(requesterName);
        if (!friendships.removeRequest(requester.id(), rejecterId)) {
            throw FriendshipPolicy.noPendingRequest(requester.username());
        }
    }

    /** Makes friends of a pending request's sender and the user answering it, and tells the sender. */
    private void befriend(User requester, User answerer) {
        if (friendships.befriend(new Friendship(requester.id(), answerer.id(), now()))) {
            signals.publish(new Signal.EventFor(requester.id(), new ServerEvent.FriendAccepted(answerer)));
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
