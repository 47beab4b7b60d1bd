package dev.parley.adapter.server.limits;

import dev.parley.ports.model.ErrorCode;
import dev.parley.ports.model.ParleyException;
import java.time.Duration;
import java.util.Objects;

/** A {@code rate_limited} refusal of the server's own limits, knowing when trying again can succeed. */
public final class RateLimitedException extends ParleyException {
    private static final long serialVersionUID = 1L;

    private final Duration retryAfter;

    public RateLimitedException(String detail, Duration retryAfter) {
        super(ErrorCode.RATE_LIMITED, detail);
        this.retryAfter = Objects.requireNonNull(retryAfter, "retryAfter");
    }

    /** An expected answer to a flood, never logged with a trace: skipping the stack walk keeps refusing cheap. */
    @Override
    public synchronized Throwable fillInStackTrace() {
        return this;
    }

    /** The {@code Retry-After} of a refusal: this one's wait, or {@link Limits#QUOTA_RETRY_AFTER} for another. */
    public static long retryAfterSeconds(ParleyException refusal) {
        return seconds(refusal instanceof RateLimitedException limited ? limited.retryAfter : Limits.QUOTA_RETRY_AFTER);
    }

    /** Whole seconds, rounded up, at least one: {@code Retry-After} has no smaller unit, and 0 would invite a busy loop. */
    static long seconds(Duration wait) {
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }
}
