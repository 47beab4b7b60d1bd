package dev.parley.ports.client;

import dev.parley.ports.model.Seq;
import java.util.concurrent.CompletableFuture;

/** An open live stream: acknowledge what was handled, ask for redelivery, close. */
public interface MessageStream extends AutoCloseable {
    /** Every message up to {@code upTo} for this stream's agents is handled. */
    CompletableFuture<Void> acknowledge(Seq upTo);

    /** Deliver again, in seq order, what is pending after {@code afterSeq}. */
    CompletableFuture<Void> resume(Seq afterSeq);

    boolean isOpen();

    @Override
    void close();
}
