package dev.parley.adapter.inmemory.domain;

import static dev.parley.adapter.inmemory.domain.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.adapter.inmemory.domain.DomainFixture.Connection;
import dev.parley.ports.model.ErrorCode;
import dev.parley.ports.model.Friend;
import dev.parley.ports.model.FriendRequestStatus;
import dev.parley.ports.model.ServerEvent;
import dev.parley.ports.model.User;
import dev.parley.ports.model.Username;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class FriendshipBehaviourTest {
    private final DomainFixture fx = new DomainFixture();
    private final User alice = fx.signUp("alice");
    private final User bob = fx.signUp("Bob");

    private FriendRequestStatus ask(User from, User to) {
        return fx.parley.sendFriendRequest().sendFriendRequest(from.id(), to.username());
    }

    @Test
    void aRequestStaysPendingAndRepeatingItIsNoError() {
        Connection bobOnline = fx.connect(bob);
        assertThat(ask(alice, bob)).isEqualTo(FriendRequestStatus.PENDING);
        assertThat(ask(alice, bob)).isEqualTo(FriendRequestStatus.PENDING);

        assertThat(fx.parley.listFriendRequests().listFriendRequests(bob.id()).incoming()).containsExactly(alice);
        assertThat(fx.parley.listFriendRequests().listFriendRequests(alice.id()).outgoing()).containsExactly(bob);
        assertThat(bobOnline.sink().events).containsExactly(new ServerEvent.FriendRequested(alice));
    }

    @Test
    void acceptingAPendingRequestMakesBothFriendsAndTellsTheRequester() {
        Connection aliceOnline = fx.connect(alice);
        ask(alice, bob);
        fx.clock.advance(Duration.ofMinutes(1));
        fx.parley.acceptFriendRequest().acceptFriendRequest(bob.id(), alice.username());

        Instant since = Instant.parse("2026-03-01T10:01:00.123Z");
        assertThat(fx.parley.listFriends().listFriends(alice.id())).containsExactly(new Friend(bob, false, since));
        assertThat(fx.parley.listFriends().listFriends(bob.id())).containsExactly(new Friend(alice, true, since));
        assertThat(aliceOnline.sink().events).containsExactly(new ServerEvent.FriendAccepted(bob));
        assertThat(fx.parley.listFriendRequests().listFriendRequests(bob.id()).incoming()).isEmpty();
    }

    @Test
    void requestsThatCrossMakeFriendsAtOnce() {
        Connection aliceOnline = fx.connect(alice);
        ask(alice, bob);
        assertThat(ask(bob, alice)).isEqualTo(FriendRequestStatus.ACCEPTED);
        assertThat(fx.parley.listFriends().listFriends(bob.id())).extracting(Friend::user).containsExactly(alice);
        assertThat(aliceOnline.sink().events).containsExactly(new ServerEvent.FriendAccepted(bob));
    }

    @Test
    void rejectingDropsTheRequest() {
        ask(alice, bob);
        fx.parley.rejectFriendRequest().rejectFriendRequest(bob.id(), alice.username());
        assertThat(fx.parley.listFriendRequests().listFriendRequests(bob.id()).incoming()).isEmpty();
        assertThat(fx.parley.listFriends().listFriends(bob.id())).isEmpty();
    }

    @Test
    void friendsAreSortedByUsernameIgnoringCase() {
        User carol = fx.signUp("carol");
        User adam = fx.signUp("Adam");
        fx.befriend(alice, carol);
        fx.befriend(alice, bob);
        fx.befriend(alice, adam);
        assertThat(fx.parley.listFriends().listFriends(alice.id())).extracting(Friend::user)
                .containsExactly(adam, bob, carol);
    }

    @Test
    void removingAFriendEndsTheFriendship() {
        fx.befriend(alice, bob);
        fx.parley.removeFriend().removeFriend(bob.id(), alice.username());
        assertThat(fx.parley.listFriends().listFriends(alice.id())).isEmpty();
        assertRefused(() -> fx.parley.removeFriend().removeFriend(bob.id(), alice.username()), ErrorCode.NOT_FRIENDS);
    }

    @Test
    void askingYourselfIsAnInvalidRequestNamingTheUsername() {
        assertRefused(() -> fx.parley.sendFriendRequest().sendFriendRequest(alice.id(), new Username("ALICE")),
                ErrorCode.INVALID_REQUEST, "username");
    }

    @Test
    void anUnknownUserIsUserNotFoundEverywhere() {
        Username ghost = new Username("ghost");
        assertRefused(() -> fx.parley.sendFriendRequest().sendFriendRequest(alice.id(), ghost), ErrorCode.USER_NOT_FOUND);
        assertRefused(() -> fx.parley.acceptFriendRequest().acceptFriendRequest(alice.id(), ghost), ErrorCode.USER_NOT_FOUND);
        assertRefused(() -> fx.parley.rejectFriendRequest().rejectFriendRequest(alice.id(), ghost), ErrorCode.USER_NOT_FOUND);
        assertRefused(() -> fx.parley.removeFriend().removeFriend(alice.id(), ghost), ErrorCode.USER_NOT_FOUND);
    }

    @Test
    void askingAFriendIsAlreadyFriends() {
        fx.befriend(alice, bob);
        assertRefused(() -> ask(bob, alice), ErrorCode.ALREADY_FRIENDS);
    }

    @Test
    void answeringARequestNobodySentIsNoPendingRequest() {
        ask(alice, bob);
        assertRefused(() -> fx.parley.acceptFriendRequest().acceptFriendRequest(alice.id(), bob.username()),
                ErrorCode.NO_PENDING_REQUEST);
        assertRefused(() -> fx.parley.rejectFriendRequest().rejectFriendRequest(alice.id(), bob.username()),
                ErrorCode.NO_PENDING_REQUEST);
    }

    @Test
    void removingSomeoneWhoIsNotAFriendIsNotFriends() {
        assertRefused(() -> fx.parley.removeFriend().removeFriend(alice.id(), bob.username()), ErrorCode.NOT_FRIENDS);
    }
}
