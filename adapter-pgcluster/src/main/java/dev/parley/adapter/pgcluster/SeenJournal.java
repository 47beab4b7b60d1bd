package dev.parley.adapter.pgcluster;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The journal entries this node already received, so a replay after a reconnection hands on only the ones it
 * missed. Bounded: the oldest ids go first, long after any replay could ask about them. Used by one thread.
 */
final class SeenJournal {
    static final int CAPACITY = 100_000;

    private final Map<Long, Boolean> seen = new LinkedHashMap<>(1024, 0.75f, false) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Boolean> eldest) {
            return size() > CAPACITY;
        }
    };

    /** Records the id; true when it is new. */
    boolean firstTime(long id) {
        return seen.put(id, Boolean.TRUE) == null;
    }
}
