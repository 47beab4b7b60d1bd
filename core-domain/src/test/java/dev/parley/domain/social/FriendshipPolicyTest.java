package dev.parley.domain.social;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.ports.model.ErrorCode;
import dev.parley.ports.model.FriendRequest;
import dev.parley.ports.model.Friendship;
import dev.parley.ports.model.ParleyException;
import dev.parley.ports.model.UserId;
import dev.parley.ports.model.Username;
import java.time.Instant;
import java.util.Optional;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class FriendshipPolicyTest {
    private static final UserId ALICE = new UserId("alice-id");
    private static final UserId BOB = new UserId("bob-id");
    private static final Friendship FRIENDS = new Friendship(ALICE, BOB, Instant.EPOCH);

    private static void assertRefused(ThrowingCallable call, ErrorCode code, String detail) {
        assertThatThrownBy(call).isInstanceOfSatisfying(ParleyException.class, refusal -> {
            assertThat(refusal.code()).isEqualTo(code);
            assertThat(refusal.detail()).contains(detail);
        });
    }

    @Test
    void askingYourselfIsAnInvalidUsernameWhateverTheCase() {
        assertRefused(() -> FriendshipPolicy.requireNotSelf(new Username("alice"), new Username("ALICE")),
                ErrorCode.INVALID_REQUEST, "username");
    }

    @Test
    void askingSomeoneElsePasses() {
        FriendshipPolicy.requireNotSelf(new Username("alice"), new Username("bob"));
    }

    @Test
    void askingAFriendIsAlreadyFriends() {
        assertRefused(() -> FriendshipPolicy.requireNotFriends(Optional.of(FRIENDS), new Username("bob")),
                ErrorCode.ALREADY_FRIENDS, "bob");
        FriendshipPolicy.requireNotFriends(Optional.empty(), new Username("bob"));
    }

    @Test
    void answeringWithoutAPendingRequestIsNoPendingRequest() {
        assertRefused(() -> FriendshipPolicy.requirePending(Optional.empty(), new Username("bob")),
                ErrorCode.NO_PENDING_REQUEST, "bob");
    }

    @Test
    void answeringAPendingRequestFindsIt() {
        FriendRequest request = new FriendRequest(BOB, ALICE, Instant.EPOCH);
        assertThat(FriendshipPolicy.requirePending(Optional.of(request), new Username("bob"))).isEqualTo(request);
    }

    @Test
    void someoneWithoutAFriendshipIsNotAFriend() {
        assertRefused(() -> FriendshipPolicy.requireFriends(ALICE, BOB, Optional.empty()), ErrorCode.NOT_FRIENDS, "bob-id");
    }

    @Test
    void youAreNotYourOwnFriend() {
        assertRefused(() -> FriendshipPolicy.requireFriends(ALICE, ALICE, Optional.empty()), ErrorCode.NOT_FRIENDS, "alice-id");
    }

    @Test
    void aFriendshipMakesFriends() {
        assertThat(FriendshipPolicy.requireFriends(ALICE, BOB, Optional.of(FRIENDS))).isEqualTo(FRIENDS);
    }
}
