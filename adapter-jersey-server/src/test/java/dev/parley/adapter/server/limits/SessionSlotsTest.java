package dev.parley.adapter.server.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.ports.model.UserId;
import org.junit.jupiter.api.Test;

class SessionSlotsTest {
    private static final UserId ALICE = new UserId("alice");
    private static final UserId BOB = new UserId("bob");

    @Test
    void aUserHasAtMostTheAllowedSlots() {
        SessionSlots slots = new SessionSlots(2);

        assertThat(slots.tryTake(ALICE)).isTrue();
        assertThat(slots.tryTake(ALICE)).isTrue();
        assertThat(slots.tryTake(ALICE)).isFalse();
        assertThat(slots.tryTake(BOB)).isTrue();
    }

    @Test
    void aFullUserIsRefusedAsRateLimitedUntilASlotIsGivenBack() {
        SessionSlots slots = new SessionSlots(1);
        slots.tryTake(ALICE);

        assertThatThrownBy(() -> slots.requireRoom(ALICE)).isInstanceOf(RateLimitedException.class)
                .hasMessageContaining("at most 1 per user");

        slots.release(ALICE);

        assertThatCode(() -> slots.requireRoom(ALICE)).doesNotThrowAnyException();
        assertThat(slots.tryTake(ALICE)).isTrue();
    }

    @Test
    void zeroMeansNoLimit() {
        SessionSlots slots = new SessionSlots(0);
        for (int i = 0; i < 100; i++) {
            assertThat(slots.tryTake(ALICE)).isTrue();
        }

        assertThatCode(() -> slots.requireRoom(ALICE)).doesNotThrowAnyException();
    }
}
