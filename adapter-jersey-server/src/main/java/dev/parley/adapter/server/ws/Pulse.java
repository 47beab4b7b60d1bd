package dev.parley.adapter.server.ws;

/**
 * Whether one session's client has been heard from (a frame or a pong) since the pinger last looked: the endpoint
 * marks it on every frame, the pinger reads it once per ping interval and counts the intervals it stayed quiet.
 * A flag rather than a timestamp or a timer per frame, so a busy session pays one read of a volatile per frame.
 */
final class Pulse {
    private volatile boolean heard = true;
    private int quietIntervals;

    /** The client sent something. */
    void heard() {
        if (!heard) {
            heard = true;
        }
    }

    /**
     * Called by the pinger once per interval, on its one thread: true once the client has been quiet for
     * {@code intervals} intervals in a row.
     */
    boolean quietFor(int intervals) {
        if (heard) {
            heard = false;
            quietIntervals = 0;
            return false;
        }
        return ++quietIntervals >= intervals;
    }
}
