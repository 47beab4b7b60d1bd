package dev.parley.ports.in;

import dev.parley.ports.model.Principal;
import dev.parley.ports.model.Seq;

/** A live delivery session, as the transport that holds the connection drives it. */
public interface DeliverySession {
    Principal principal();

    /** Every message up to {@code upTo} for this session's agents is handled. */
    void acknowledge(Seq upTo);

    /** Hand again, in seq order, every pending message after {@code afterSeq}. */
    void resume(Seq afterSeq);

    /** The connection is gone; idempotent. */
    void close();
}
