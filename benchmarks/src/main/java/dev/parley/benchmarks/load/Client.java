package dev.parley.benchmarks.load;

import java.net.http.WebSocket;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * One user's WebSocket, on the JDK client: frames out go through a queue written one asynchronous send at a time
 * (the JDK allows one outstanding send), frames in are parsed on the listener and handed to the current
 * {@link FrameHandler}. Tracks the highest seq received so {@link #flushAck()} can acknowledge it.
 */
final class Client implements WebSocket.Listener {
    /** How both servers begin a {@code sent} frame. */
    private static final String SENT = "{\"event\":\"sent\"";
    private final Queue<String> outbox = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean sending = new AtomicBoolean();
    private final AtomicLong highestSeq = new AtomicLong();
    private final AtomicLong ackedSeq = new AtomicLong();
    private final LongAdder sendFailures;
    private final Frame frame = new Frame();
    private final StringBuilder partial = new StringBuilder();
    private volatile FrameHandler handler = FrameHandler.NONE;
    private volatile WebSocket socket;
    /** The last seq seen, touched only by this socket's listener. */
    long lastSeq;

    Client(LongAdder sendFailures) {
        this.sendFailures = sendFailures;
    }

    static CompletableFuture<Client> connect(Api api, String token, LongAdder sendFailures) {
        Client client = new Client(sendFailures);
        return api.http().newWebSocketBuilder().connectTimeout(java.time.Duration.ofSeconds(30))
                .buildAsync(api.webSocket(token), client).thenApply(socket -> {
                    client.socket = socket;
                    return client;
                });
    }

    void handler(FrameHandler next) {
        handler = next;
    }

    void send(String text) {
        outbox.add(text);
        pump();
    }

    /** Acknowledges everything received so far, if anything new came since the last ack. */
    void flushAck() {
        long highest = highestSeq.get();
        if (highest > ackedSeq.get()) {
            ackedSeq.set(highest);
            send("{\"action\":\"ack\",\"seq\":" + highest + "}");
        }
    }

    /** Drops the connection at once, without the closing handshake: frees the socket before this returns. */
    void abort() {
        WebSocket open = socket;
        if (open != null) {
            open.abort();
        }
    }

    void close() {
        WebSocket open = socket;
        if (open != null) {
            open.sendClose(WebSocket.NORMAL_CLOSURE, "done").orTimeout(5, TimeUnit.SECONDS)
                    .whenComplete((closed, failure) -> open.abort());
        }
    }

    @Override
    public void onOpen(WebSocket webSocket) {
        socket = webSocket;
        webSocket.request(Long.MAX_VALUE);
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        if (!last) {
            partial.append(data);
            return null;
        }
        String text = partial.length() == 0 ? data.toString() : partial.append(data).toString();
        partial.setLength(0);
        if (text.startsWith(SENT)) {
            // Confirmations carry nothing the measurement needs: not parsed, to keep the generator light.
            handler.onSent(this, frame);
        } else if (frame.read(text)) {
            dispatch();
        }
        return null;
    }

    private void dispatch() {
        switch (frame.event) {
            case "message" -> {
                highestSeq.accumulateAndGet(frame.seq, Math::max);
                handler.onMessage(this, frame);
            }
            case "sent" -> handler.onSent(this, frame);
            case "error" -> handler.onError(this, frame);
            case "pong" -> handler.onPong(this);
            default -> {
                // presence and friend events are not measured
            }
        }
    }

    /** Writes queued frames while this thread holds {@code sending}; an unfinished send hands the role to its completion. */
    private void pump() {
        while (!outbox.isEmpty() && sending.compareAndSet(false, true)) {
            for (String next = outbox.poll(); next != null; next = outbox.poll()) {
                CompletableFuture<WebSocket> sent = socket.sendText(next, true);
                if (!sent.isDone()) {
                    sent.whenComplete((ignored, failure) -> {
                        counted(failure);
                        sending.set(false);
                        pump();
                    });
                    return;
                }
                counted(sent.isCompletedExceptionally() ? new IllegalStateException("send failed") : null);
            }
            sending.set(false);
        }
    }

    private void counted(Throwable failure) {
        if (failure != null) {
            sendFailures.increment();
        }
    }
}
