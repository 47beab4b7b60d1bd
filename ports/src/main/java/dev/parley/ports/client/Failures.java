package dev.parley.ports.client;

import dev.parley.ports.model.ErrorCode;
import dev.parley.ports.model.ParleyException;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * Unwraps what a failed {@link java.util.concurrent.CompletableFuture} carries: agent code asks
 * {@code Failures.code(throwable)} instead of peeling {@link CompletionException}s itself.
 */
public final class Failures {
    private Failures() {
    }

    /** The failure under any {@link CompletionException} or {@link ExecutionException} wrapping. */
    public static Throwable cause(Throwable failure) {
        Throwable inner = failure;
        while ((inner instanceof CompletionException || inner instanceof ExecutionException) && inner.getCause() != null) {
            inner = inner.getCause();
        }
        return inner;
    }

    /** The contract code of a refusal, empty when the failure is not a {@link ParleyException}. */
    public static Optional<ErrorCode> code(Throwable failure) {
        return cause(failure) instanceof ParleyException refusal ? Optional.of(refusal.code()) : Optional.empty();
    }

    /** Whether the failure is a refusal with {@code code}. */
    public static boolean hasCode(Throwable failure, ErrorCode code) {
        return code(failure).filter(code::equals).isPresent();
    }

    /** The failure wrapped for rethrowing from inside a future's stage. */
    public static CompletionException asCompletion(Throwable failure) {
        return failure instanceof CompletionException completion ? completion : new CompletionException(failure);
    }
}
