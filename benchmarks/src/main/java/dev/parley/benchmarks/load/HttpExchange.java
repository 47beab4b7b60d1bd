package dev.parley.benchmarks.load;

import java.nio.ByteBuffer;
import java.util.concurrent.CompletableFuture;

/** One request of {@link NioHttp} and the status it will be answered with (0: the connection failed). */
final class HttpExchange {
    private final ByteBuffer request;
    private final CompletableFuture<Integer> status = new CompletableFuture<>();
    private boolean retried;

    HttpExchange(ByteBuffer request) {
        this.request = request;
    }

    ByteBuffer request() {
        return request;
    }

    CompletableFuture<Integer> status() {
        return status;
    }

    boolean retried() {
        return retried;
    }

    /** Whether this request may go once more, after its connection died before any answer; true only the first time. */
    boolean retryOnce() {
        if (retried) {
            return false;
        }
        retried = true;
        request.rewind();
        return true;
    }
}
