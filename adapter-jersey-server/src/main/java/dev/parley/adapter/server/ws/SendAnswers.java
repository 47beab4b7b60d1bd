package dev.parley.adapter.server.ws;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Keeps one connection's answers to its {@code send} frames ({@code sent} or {@code error}) in the order of the
 * frames. Sends are stored in frame order, but the store may confirm them on several threads (each recipient's
 * messages on one of its own), so a send to one recipient can be confirmed before an earlier one to another: each
 * send takes a place in line when its frame is read, and an answer is written only once every earlier place has had
 * its own. Writing only queues the frame ({@link FrameWriter} never blocks), so it is done under the line's lock,
 * which is what keeps two threads from writing ready answers out of order.
 */
final class SendAnswers {
    private final Deque<Place> line = new ArrayDeque<>();

    /** A send's place in line, taken when its frame is read. */
    final class Place {
        private Runnable answer;

        private Place() {
        }

        /**
         * Gives the send its answer: written now if every earlier send has been answered, else right after the last of
         * them. An answer that throws does not hold up the ones behind it; the first failure is rethrown after them.
         */
        void answer(Runnable write) {
            RuntimeException failed = null;
            synchronized (line) {
                answer = write;
                for (Place first = line.peekFirst(); first != null && first.answer != null; first = line.peekFirst()) {
                    try {
                        line.removeFirst().answer.run();
                    } catch (RuntimeException e) {
                        failed = failed == null ? e : failed;
                    }
                }
            }
            if (failed != null) {
                throw failed;
            }
        }
    }

    /** The next place in line: the answer to the send read now. */
    Place take() {
        synchronized (line) {
            Place place = new Place();
            line.addLast(place);
            return place;
        }
    }
}
