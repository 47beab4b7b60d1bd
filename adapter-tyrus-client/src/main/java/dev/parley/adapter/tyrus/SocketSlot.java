package dev.parley.adapter.tyrus;

import jakarta.websocket.Session;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * What a stream's threads share: its one current connection (none while reconnecting) and whether the stream has
 * ended. Frames go to the current connection; without one they are dropped, as the reconnection makes up for them.
 */
final class SocketSlot {
    private Optional<Session> session = Optional.empty();
    private boolean ended;

    synchronized boolean ended() {
        return ended;
    }

    /** Makes {@code opened} the current connection; false when the stream ended meanwhile. */
    synchronized boolean fill(Session opened) {
        if (ended) {
            return false;
        }
        session = Optional.of(opened);
        return true;
    }

    /** {@code closing} went away: true when it was the current connection of a stream that goes on. */
    synchronized boolean release(Session closing) {
        if (ended || session.filter(closing::equals).isEmpty()) {
            return false;
        }
        session = Optional.empty();
        return true;
    }

    /** Takes the current connection away (to be closed), if there is one. */
    synchronized Optional<Session> empty() {
        Optional<Session> taken = session;
        session = Optional.empty();
        return taken;
    }

    /** Ends the stream; for the one caller that did, the connection it had (possibly none). */
    synchronized Optional<Optional<Session>> end() {
        if (ended) {
            return Optional.empty();
        }
        ended = true;
        return Optional.of(empty());
    }

    void send(String frame) {
        Optional<Session> current;
        synchronized (this) {
            current = session;
        }
        current.ifPresent(socket -> Sockets.send(socket, frame));
    }

    /** Sends a frame the stream has recorded; fails only when the stream has ended. */
    CompletableFuture<Void> sendRecorded(String frame) {
        if (ended()) {
            return CompletableFuture.failedFuture(new IllegalStateException("the stream is closed"));
        }
        send(frame);
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public synchronized String toString() {
        return ended ? "ended" : session.isPresent() ? "open" : "reconnecting";
    }
}
