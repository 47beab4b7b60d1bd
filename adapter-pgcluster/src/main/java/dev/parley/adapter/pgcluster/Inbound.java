package dev.parley.adapter.pgcluster;

import dev.parley.ports.out.Signal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the listener received, read and handed to the lanes. A payload is a stamp ({@code j<journal id>} or
 * {@code n<counter>}), a space, and the encoded signal; a journal entry is handed on once, whether it came by
 * notification or by a replay. Used by the listening thread only.
 */
final class Inbound {
    private static final Logger LOG = LoggerFactory.getLogger(Inbound.class);

    private final SignalLanes lanes;
    private final SeenJournal seen = new SeenJournal();

    Inbound(SignalLanes lanes) {
        this.lanes = lanes;
    }

    void notification(String payload) {
        try {
            int space = payload.indexOf(' ');
            String stamp = payload.substring(0, space);
            String body = payload.substring(space + 1);
            if (stamp.startsWith("j")) {
                journalEntry(Long.parseLong(stamp.substring(1)), body);
            } else {
                dispatch(body);
            }
        } catch (RuntimeException malformed) {
            LOG.warn("Skipped a signal that could not be read", malformed);
        }
    }

    /** Hands the entry on unless it already was; true when it was new. */
    boolean journalEntry(long id, String body) {
        if (!seen.firstTime(id)) {
            return false;
        }
        dispatch(body);
        return true;
    }

    void dispatch(Signal signal) {
        lanes.dispatch(signal);
    }

    private void dispatch(String body) {
        SignalCodec.decode(body).ifPresentOrElse(lanes::dispatch,
                () -> LOG.debug("Skipped a signal of a kind this node does not know"));
    }
}
