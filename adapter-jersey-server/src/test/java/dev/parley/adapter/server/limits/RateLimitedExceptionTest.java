package dev.parley.adapter.server.limits;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.ports.model.ErrorCode;
import dev.parley.ports.model.ParleyException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class RateLimitedExceptionTest {
    @Test
    void aRateLimitRefusalSkipsTheStackWalk() {
        assertThat(new RateLimitedException("too many", Duration.ofSeconds(1)).getStackTrace()).isEmpty();
    }

    @Test
    void retryAfterRoundsUpToWholeSecondsAndAnotherRefusalWaitsTheQuota() {
        assertThat(RateLimitedException.retryAfterSeconds(new RateLimitedException("too many", Duration.ofMillis(1_001)))).isEqualTo(2);
        assertThat(RateLimitedException.retryAfterSeconds(new RateLimitedException("too many", Duration.ZERO))).isEqualTo(1);
        assertThat(RateLimitedException.retryAfterSeconds(new ParleyException(ErrorCode.RATE_LIMITED, "mailbox full")))
                .isEqualTo(Limits.QUOTA_RETRY_AFTER.toSeconds());
    }
}
