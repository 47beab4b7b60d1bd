package dev.parley.adapter.server.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.ports.model.ErrorCode;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class KeyedRateLimitTest {
    @Test
    void aKeyGetsItsMinutesAllowanceThenARefusalThatSaysWhenToRetry() {
        KeyedRateLimit limit = new KeyedRateLimit(3, "too many things");
        IntStream.range(0, 3).forEach(i -> limit.acquire("alice"));

        assertThatThrownBy(() -> limit.acquire("alice")).isInstanceOfSatisfying(RateLimitedException.class, refusal -> {
            assertThat(refusal.code()).isEqualTo(ErrorCode.RATE_LIMITED);
            assertThat(refusal.detail()).startsWith("too many things (at most 3 a minute); retry in ");
            assertThat(RateLimitedException.retryAfterSeconds(refusal)).isBetween(1L, 20L);
        });
    }

    @Test
    void keysAreCountedApart() {
        KeyedRateLimit limit = new KeyedRateLimit(1, "too many things");
        limit.acquire("alice");

        assertThatCode(() -> limit.acquire("bob")).doesNotThrowAnyException();
    }

    @Test
    void checkingTakesNothingAndChargingTakesWithoutRefusing() {
        KeyedRateLimit limit = new KeyedRateLimit(2, "too many failures");
        limit.check("alice");
        limit.charge("alice");
        limit.check("alice");
        limit.charge("alice");
        limit.charge("alice");

        assertThatThrownBy(() -> limit.check("alice")).isInstanceOf(RateLimitedException.class);
    }

    @Test
    void zeroMeansNoLimitAndNothingRemembered() {
        KeyedRateLimit limit = new KeyedRateLimit(0, "too many things");
        IntStream.range(0, 1_000).forEach(i -> limit.acquire("alice"));

        assertThat(limit.trackedKeys()).isZero();
    }

    @Test
    void pastTheKeyCapNewKeysGoUntrackedRatherThanGrowingWithoutBound() {
        KeyedRateLimit limit = new KeyedRateLimit(1, "too many things", 3);
        IntStream.range(0, 3).forEach(i -> limit.acquire("key" + i));

        limit.acquire("one-too-many");
        limit.acquire("one-too-many");

        assertThat(limit.trackedKeys()).isEqualTo(3);
        assertThatThrownBy(() -> limit.acquire("key0")).isInstanceOf(RateLimitedException.class);
    }
}
