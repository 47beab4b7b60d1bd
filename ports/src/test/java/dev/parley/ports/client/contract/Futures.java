package dev.parley.ports.client.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.parley.ports.model.ParleyException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/** Waits on client futures in tests: the value, or the refusal a failed future carries. */
public final class Futures {
    private static final long TIMEOUT_SECONDS = 10;

    private Futures() {
    }

    /** The value of the call; a failed call fails the test with its cause. */
    public static <T> T done(CompletableFuture<T> call) {
        try {
            return call.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw new AssertionError("the call failed: " + rootOf(e), rootOf(e));
        } catch (Exception e) {
            throw new AssertionError("the call did not complete", e);
        }
    }

    /** The refusal a call failed with. */
    public static ParleyException refusal(CompletableFuture<?> call) {
        Throwable thrown = catchThrowable(() -> call.get(TIMEOUT_SECONDS, TimeUnit.SECONDS));
        assertThat(thrown).as("the call should have been refused").isInstanceOf(ExecutionException.class);
        Throwable cause = rootOf(thrown);
        assertThat(cause).isInstanceOf(ParleyException.class);
        return (ParleyException) cause;
    }

    private static Throwable rootOf(Throwable thrown) {
        Throwable cause = thrown;
        while ((cause instanceof ExecutionException || cause instanceof CompletionException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }
}
