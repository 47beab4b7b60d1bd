package dev.parley.bootstrap.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.websocket.CloseReason;
import jakarta.websocket.Endpoint;
import jakarta.websocket.EndpointConfig;
import jakarta.websocket.MessageHandler;
import jakarta.websocket.Session;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;

/** One client WebSocket: every frame received is kept in order until a test takes it. */
public final class WsConnection extends Endpoint {
    private static final Duration WAIT = Duration.ofSeconds(10);

    private final List<JsonNode> inbox = new ArrayList<>();
    private final CompletableFuture<CloseReason> closed = new CompletableFuture<>();
    private volatile Session session;

    @Override
    public void onOpen(Session session, EndpointConfig config) {
        this.session = session;
        session.setMaxTextMessageBufferSize(8 * 1024 * 1024);
        session.addMessageHandler(String.class, (MessageHandler.Whole<String>) this::received);
    }

    @Override
    public void onClose(Session session, CloseReason reason) {
        closed.complete(reason);
    }

    private void received(String text) {
        try {
            JsonNode frame = Reply.JSON.readTree(text);
            synchronized (inbox) {
                inbox.add(frame);
                inbox.notifyAll();
            }
        } catch (JsonProcessingException notJson) {
            throw new UncheckedIOException(notJson);
        }
    }

    /** Pings and waits for the pong: the server's session is open and has handled everything sent before. */
    public WsConnection ready() {
        send("{\"action\":\"ping\"}");
        take("pong");
        return this;
    }

    public void send(String frame) {
        try {
            session.getBasicRemote().sendText(frame);
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    /** Sends one text message in {@code count} fragments of {@code fragment} each. */
    public void sendFragments(String fragment, int count) {
        try {
            for (int i = 1; i <= count; i++) {
                session.getBasicRemote().sendText(fragment, i == count);
            }
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    public void sendBinary(byte[] frame) {
        try {
            session.getBasicRemote().sendBinary(ByteBuffer.wrap(frame));
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    /** Removes and answers the first frame (received so far or within 10 s) of this event. */
    public JsonNode take(String event) {
        return take(frame -> frame.path("event").asText().equals(event), event);
    }

    public JsonNode take(Predicate<JsonNode> wanted, String what) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        synchronized (inbox) {
            while (true) {
                Optional<JsonNode> found = inbox.stream().filter(wanted).findFirst();
                if (found.isPresent()) {
                    inbox.remove(found.get());
                    return found.get();
                }
                long left = deadline - System.nanoTime();
                assertThat(left).as("no " + what + " frame within " + WAIT + "; received " + inbox).isPositive();
                waitOn(left);
            }
        }
    }

    /** The message frames received so far, after a ping barrier, in arrival order, taken out of the inbox. */
    public List<JsonNode> messagesSoFar() {
        ready();
        List<JsonNode> messages = new ArrayList<>();
        synchronized (inbox) {
            inbox.removeIf(frame -> frame.path("event").asText().equals("message") && messages.add(frame));
        }
        return messages;
    }

    public CloseReason awaitClose() {
        try {
            return closed.get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException | ExecutionException | TimeoutException notClosed) {
            throw new AssertionError("the session was not closed within " + WAIT, notClosed);
        }
    }

    public boolean isOpen() {
        return session.isOpen() && !closed.isDone();
    }

    public void close() {
        try {
            if (session.isOpen()) {
                session.close();
            }
        } catch (IOException ignored) {
            // already gone
        }
        awaitClose();
    }

    private void waitOn(long nanos) {
        try {
            inbox.wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(nanos)));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", interrupted);
        }
    }
}
