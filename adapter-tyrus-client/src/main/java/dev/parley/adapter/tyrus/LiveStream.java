package dev.parley.adapter.tyrus;

import dev.parley.adapter.tyrus.wire.ClientFrames;
import dev.parley.ports.client.Failures;
import dev.parley.ports.client.MessageStream;
import dev.parley.ports.client.StreamListener;
import dev.parley.ports.model.AgentSelection;
import dev.parley.ports.model.Seq;
import jakarta.websocket.CloseReason;
import jakarta.websocket.Session;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The live stream over WebSocket. It survives the connection: when the socket closes without being asked to (the
 * server restarted, the network dropped, pings went unanswered) it reconnects with backoff, acknowledges again and
 * resumes after the last acknowledged seq, so nothing is lost; {@link Delivery} keeps the listener from seeing a
 * message twice. It ends when closed, when the login ends (close code 4401), or when it cannot log in again.
 */
final class LiveStream implements MessageStream, SocketEndpoint.Events {
    static final int LOGIN_ENDED = 4401;
    private static final Logger LOG = LoggerFactory.getLogger(LiveStream.class);

    private final StreamRuntime runtime;
    private final AgentSelection agents;
    private final SocketSlot slot = new SocketSlot();
    private final AtomicLong acknowledged = new AtomicLong();
    private final Delivery delivery;
    private final Reconnection reconnection;
    private final Keepalive keepalive;

    LiveStream(StreamRuntime runtime, AgentSelection agents, StreamListener listener) {
        this.runtime = runtime;
        this.agents = agents;
        this.delivery = new Delivery(listener, runtime.deliveryThread(), acknowledged::get,
                upTo -> slot.send(ClientFrames.acknowledge(upTo)));
        this.reconnection = new Reconnection(runtime, this::reconnect, this::giveUp);
        this.keepalive = new Keepalive(runtime.scheduler(), runtime.settings().pingInterval(),
                () -> slot.send(ClientFrames.ping()), this::silent);
    }

    /** Connects for the first time; a failure here fails the future and ends the stream without a close event. */
    CompletableFuture<MessageStream> start() {
        return connect(false).handle((connected, failure) -> {
            if (failure != null) {
                slot.end();
                delivery.finish(0, "never opened");
                throw Failures.asCompletion(failure);
            }
            keepalive.start();
            return this;
        });
    }

    /**
     * Records the acknowledgement and sends it; completes once it is recorded: while the connection is down (or if
     * it drops before the frame leaves) the reconnection sends it again. Fails only on a closed stream.
     */
    @Override
    public CompletableFuture<Void> acknowledge(Seq upTo) {
        acknowledged.accumulateAndGet(upTo.value(), Math::max);
        return slot.sendRecorded(ClientFrames.acknowledge(upTo));
    }

    /** Asks for redelivery after {@code afterSeq}; while the connection is down, the reconnection's resume covers it. */
    @Override
    public CompletableFuture<Void> resume(Seq afterSeq) {
        delivery.rewind(afterSeq);
        return slot.sendRecorded(ClientFrames.resume(afterSeq));
    }

    @Override
    public boolean isOpen() {
        return !slot.ended();
    }

    @Override
    public void close() {
        closeWith(1000, "closed by the client");
    }

    /** The login ended (logged out): close as the server does, with 4401. */
    void loginEnded() {
        closeWith(LOGIN_ENDED, "logged out");
    }

    @Override
    public void frame(Session from, String text) {
        keepalive.heard();
        delivery.frame(text);
    }

    @Override
    public void closed(Session closing, CloseReason reason) {
        if (slot.release(closing)) {
            LOG.info("The stream's connection closed ({} {}); reconnecting", reason.getCloseCode().getCode(),
                    reason.getReasonPhrase());
            reconnection.schedule();
        }
    }

    @Override
    public void failed(Session failing, Throwable failure) {
        LOG.debug("The stream's connection reported a failure", failure);
    }

    private CompletableFuture<Void> connect(boolean resuming) {
        return runtime.connector().connect(agents, new SocketEndpoint(this)).thenAccept(opened -> adopt(opened, resuming));
    }

    private void adopt(Session opened, boolean resuming) {
        keepalive.heard();
        if (!slot.fill(opened)) {
            Sockets.closeQuietly(opened, 1000, "the stream was closed meanwhile");
            return;
        }
        reconnection.succeeded();
        if (!opened.isOpen()) {
            closed(opened, new CloseReason(CloseReason.CloseCodes.CLOSED_ABNORMALLY, "closed while opening"));
        } else if (resuming) {
            Seq after = new Seq(acknowledged.get());
            if (after.value() > 0) {
                slot.send(ClientFrames.acknowledge(after));
            }
            slot.send(ClientFrames.resume(after));
        }
    }

    private CompletableFuture<Void> reconnect() {
        return slot.ended() ? CompletableFuture.completedFuture(null) : connect(true);
    }

    private void giveUp(String why) {
        slot.end().ifPresent(last -> {
            LOG.info("The stream ended: {}", why);
            keepalive.stop();
            delivery.finish(LOGIN_ENDED, why);
        });
    }

    private void closeWith(int reported, String reason) {
        slot.end().ifPresent(last -> {
            keepalive.stop();
            reconnection.stop();
            last.ifPresent(socket -> Sockets.closeQuietly(socket, 1000, reason));
            delivery.finish(reported, reason);
        });
    }

    /** Nothing heard for two ping intervals: the connection is dead even if the socket does not know it yet. */
    private void silent() {
        Optional<Session> dead = slot.empty();
        dead.ifPresent(socket -> {
            LOG.info("No answer to pings; reconnecting");
            Sockets.closeQuietly(socket, 1001, "no answer to pings");
            reconnection.schedule();
        });
    }

    @Override
    public String toString() {
        return "LiveStream[" + slot + "]";
    }
}
