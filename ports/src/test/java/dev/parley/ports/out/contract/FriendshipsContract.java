package dev.parley.ports.out.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.ports.model.FriendRequest;
import dev.parley.ports.model.Friendship;
import dev.parley.ports.model.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link dev.parley.ports.out.Friendships} store does. */
public abstract class FriendshipsContract extends StoreContract {
    private User alice;
    private User bob;
    private User carol;

    @BeforeEach
    void threeUsers() {
        alice = storedUser("alice");
        bob = storedUser("bob");
        carol = storedUser("carol");
    }

    @Test
    void aRequestIsPendingUntilRemoved() {
        FriendRequest request = request(alice, bob);

        assertThat(stores.friendships().addRequest(request)).isTrue();
        assertThat(stores.friendships().request(alice.id(), bob.id())).contains(request);
        assertThat(stores.friendships().request(bob.id(), alice.id())).isEmpty();
        assertThat(stores.friendships().removeRequest(alice.id(), bob.id())).isTrue();
        assertThat(stores.friendships().removeRequest(alice.id(), bob.id())).isFalse();
        assertThat(stores.friendships().request(alice.id(), bob.id())).isEmpty();
    }

    @Test
    void repeatingAPendingRequestKeepsTheFirst() {
        FriendRequest first = request(alice, bob);
        stores.friendships().addRequest(first);

        assertThat(stores.friendships().addRequest(request(alice, bob))).isFalse();
        assertThat(stores.friendships().request(alice.id(), bob.id())).contains(first);
    }

    @Test
    void requestsAreListedPerDirectionOldestFirst() {
        FriendRequest fromAlice = request(alice, carol);
        FriendRequest fromBob = request(bob, carol);
        FriendRequest fromCarol = request(carol, alice);
        stores.friendships().addRequest(fromBob);
        stores.friendships().addRequest(fromAlice);
        stores.friendships().addRequest(fromCarol);

        assertThat(stores.friendships().requestsTo(carol.id())).containsExactly(fromAlice, fromBob);
        assertThat(stores.friendships().requestsFrom(carol.id())).containsExactly(fromCarol);
        assertThat(stores.friendships().requestsFrom(bob.id())).containsExactly(fromBob);
    }

    @Test
    void befriendingDropsTheRequestsBothWaysAndWorksOnce() {
        stores.friendships().addRequest(request(alice, bob));
        stores.friendships().addRequest(request(bob, alice));
        Friendship friendship = new Friendship(alice.id(), bob.id(), TestData.nextInstant());

        assertThat(stores.friendships().befriend(friendship)).isTrue();
        assertThat(stores.friendships().befriend(new Friendship(bob.id(), alice.id(), TestData.nextInstant()))).isFalse();
        assertThat(stores.friendships().request(alice.id(), bob.id())).isEmpty();
        assertThat(stores.friendships().request(bob.id(), alice.id())).isEmpty();
        assertThat(stores.friendships().between(bob.id(), alice.id())).contains(friendship);
    }

    @Test
    void friendshipsOfAUserNameEveryFriendAndUnfriendingEndsOne() {
        stores.friendships().befriend(new Friendship(alice.id(), bob.id(), TestData.nextInstant()));
        stores.friendships().befriend(new Friendship(carol.id(), alice.id(), TestData.nextInstant()));

        assertThat(stores.friendships().friendshipsOf(alice.id()))
                .extracting(friendship -> friendship.friendOf(alice.id()))
                .containsExactlyInAnyOrder(bob.id(), carol.id());
        assertThat(stores.friendships().unfriend(bob.id(), alice.id())).isTrue();
        assertThat(stores.friendships().unfriend(bob.id(), alice.id())).isFalse();
        assertThat(stores.friendships().between(alice.id(), bob.id())).isEmpty();
        assertThat(stores.friendships().friendshipsOf(bob.id())).isEmpty();
    }

    private static FriendRequest request(User from, User to) {
        return new FriendRequest(from.id(), to.id(), TestData.nextInstant());
    }
}
