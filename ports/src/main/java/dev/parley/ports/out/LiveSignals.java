package dev.parley.ports.out;

import java.util.function.Consumer;

/**
 * Carries {@link Signal}s to the live sessions: in one process a direct call, across server nodes a
 * notification channel (PostgreSQL LISTEN/NOTIFY, a broker). Delivery of one publisher's signals is in order.
 */
public interface LiveSignals {
    void publish(Signal signal);

    /** Registers the receiver of every signal published from now on, from any node. */
    void subscribe(Consumer<Signal> receiver);
}
