package dev.parley.ports.client.contract;

import static dev.parley.ports.client.contract.Futures.done;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.parley.ports.model.AgentSelection;
import dev.parley.ports.model.ErrorCode;
import dev.parley.ports.model.Friend;
import dev.parley.ports.model.FriendRequestStatus;
import dev.parley.ports.model.FriendRequests;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Friend requests and friendships through any {@link dev.parley.ports.client.ParleyClient}. */
public abstract class FriendsClientContract extends ParleyClientContract {
    private Member alice;
    private Member bob;

    @BeforeEach
    void twoMembers() {
        alice = member("alice");
        bob = member("bob");
    }

    @Test
    void aRequestIsPendingOnBothSidesUntilAccepted() {
        assertThat(done(alice.client().sendFriendRequest(bob.name()))).isEqualTo(FriendRequestStatus.PENDING);
        assertThat(done(alice.client().sendFriendRequest(bob.name()))).isEqualTo(FriendRequestStatus.PENDING);
        assertThat(done(bob.client().friendRequests())).isEqualTo(new FriendRequests(List.of(alice.user()), List.of()));
        assertThat(done(alice.client().friendRequests()).outgoing()).containsExactly(bob.user());

        done(bob.client().acceptFriendRequest(alice.name()));

        assertThat(done(alice.client().friends())).extracting(Friend::user).containsExactly(bob.user());
        assertThat(done(bob.client().friends())).extracting(Friend::user).containsExactly(alice.user());
        assertThat(done(bob.client().friendRequests()).incoming()).isEmpty();
    }

    @Test
    void askingSomeoneWhoAskedYouMakesYouFriends() {
        done(alice.client().sendFriendRequest(bob.name()));

        assertThat(done(bob.client().sendFriendRequest(alice.name()))).isEqualTo(FriendRequestStatus.ACCEPTED);
        assertThat(done(alice.client().friends())).extracting(Friend::user).containsExactly(bob.user());
    }

    @Test
    void aRejectedRequestMakesNoFriends() {
        done(alice.client().sendFriendRequest(bob.name()));

        done(bob.client().rejectFriendRequest(alice.name()));

        assertThat(done(bob.client().friends())).isEmpty();
        assertThat(done(alice.client().friendRequests()).outgoing()).isEmpty();
    }

    @Test
    void answeringARequestNobodySentIsNoPendingRequest() {
        assertRefused(bob.client().acceptFriendRequest(alice.name()), ErrorCode.NO_PENDING_REQUEST);
        assertRefused(bob.client().rejectFriendRequest(alice.name()), ErrorCode.NO_PENDING_REQUEST);
        assertRefused(bob.client().acceptFriendRequest(uniqueName("ghost")), ErrorCode.USER_NOT_FOUND);
    }

    @Test
    void requestsToYourselfStrangersAndFriendsAreRefused() {
        assertRefused(alice.client().sendFriendRequest(alice.name()), ErrorCode.INVALID_REQUEST);
        assertRefused(alice.client().sendFriendRequest(uniqueName("ghost")), ErrorCode.USER_NOT_FOUND);
        befriend(alice, bob);
        assertRefused(alice.client().sendFriendRequest(bob.name()), ErrorCode.ALREADY_FRIENDS);
    }

    @Test
    void friendsAreSortedByUsernameWithTheirPresence() {
        Member zed = member("zed");
        Member amy = member("amy");
        befriend(alice, zed);
        befriend(alice, amy);
        done(amy.client().connect(AgentSelection.all(), new RecordingListener()));

        eventually(() -> assertThat(done(alice.client().friends()))
                .extracting(friend -> friend.user().username(), Friend::online)
                .containsExactly(tuple(amy.name(), true),
                        tuple(zed.name(), false)));
    }

    @Test
    void removingAFriendEndsTheFriendshipForBoth() {
        befriend(alice, bob);

        done(bob.client().removeFriend(alice.name()));

        assertThat(done(alice.client().friends())).isEmpty();
        assertRefused(alice.client().removeFriend(bob.name()), ErrorCode.NOT_FRIENDS);
        assertRefused(alice.client().removeFriend(uniqueName("ghost")), ErrorCode.USER_NOT_FOUND);
    }
}
