package dev.parley.adapter.inmemory;

import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/** Runs a client call on the caller's thread and turns its outcome, or its refusal, into a completed future. */
final class Calls {
    private Calls() {
    }

    static <T> CompletableFuture<T> run(Supplier<T> call) {
        try {
            return CompletableFuture.completedFuture(call.get());
        } catch (RuntimeException refusal) {
            return CompletableFuture.failedFuture(refusal);
        }
    }

    static CompletableFuture<Void> act(Runnable call) {
        return run(() -> {
            call.run();
            return null;
        });
    }
}
