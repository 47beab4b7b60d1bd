package dev.parley.adapter.server.ws;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.adapter.server.json.Json;
import dev.parley.adapter.server.json.Problem;
import dev.parley.ports.in.DeliverySession;
import dev.parley.ports.model.AgentSelection;
import dev.parley.ports.model.ErrorCode;
import dev.parley.ports.model.ParleyException;
import dev.parley.ports.model.Principal;
import jakarta.websocket.CloseReason;
import jakarta.websocket.Endpoint;
import jakarta.websocket.EndpointConfig;
import jakarta.websocket.MessageHandler;
import jakarta.websocket.PongMessage;
import jakarta.websocket.Session;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One {@code /ws} connection: opens a delivery session for the principal the handshake authenticated,
 * answers client frames, and closes the delivery session when the connection goes. A bad frame is
 * answered with an error frame; it never closes this session nor touches another. Public only because
 * Tyrus calls the endpoint's methods reflectively; instances come from {@link HandshakeGuard}.
 */
public final class ParleyEndpoint extends Endpoint implements ClientFrames.Connection {
    private static final Logger LOG = LoggerFactory.getLogger(ParleyEndpoint.class);

    private final WebSocketServices services;
    private final CompletableFuture<DeliverySession> delivery = new CompletableFuture<>();
    private final AtomicBoolean closed = new AtomicBoolean();
    private final Pulse pulse = new Pulse();
    private FrameWriter writer;
    private ClientFrames frames;
    private Principal principal;
    private volatile boolean holdsSlot;

    ParleyEndpoint(WebSocketServices services) {
        this.services = services;
    }

    @Override
    public void onOpen(Session session, EndpointConfig config) {
        principal = (Principal) session.getUserProperties().get(HandshakeGuard.PRINCIPAL);
        AgentSelection selection = (AgentSelection) session.getUserProperties().get(HandshakeGuard.SELECTION);
        writer = new FrameWriter(session, services.metrics(), WebSocketServices.MAX_QUEUED_BYTES);
        frames = new ClientFrames(services, principal, this);
        session.addMessageHandler(String.class, (MessageHandler.Whole<String>) this::onText);
        session.addMessageHandler(ByteBuffer.class, (MessageHandler.Whole<ByteBuffer>) this::onBinary);
        session.addMessageHandler(PongMessage.class, (MessageHandler.Whole<PongMessage>) pong -> pulse.heard());
        if (!services.guards().sessions().tryTake(principal.userId())) {
            refuseOneTooMany();
            return;
        }
        holdsSlot = true;
        services.sessions().add(writer, pulse);
        services.metrics().sessionOpened();
        openDelivery(principal, selection);
    }

    /** Handshakes that raced for the user's last session slot: the loser is closed with 1008 before anything is delivered. */
    private void refuseOneTooMany() {
        ParleyException full = services.guards().sessions().full();
        delivery.completeExceptionally(full);
        writer.close(new CloseReason(CloseReason.CloseCodes.VIOLATED_POLICY, full.code().wireName()));
    }

    /** Opens the delivery session; pending messages may be handed to the writer before this returns. */
    private void openDelivery(Principal principal, AgentSelection selection) {
        try {
            delivery.complete(services.openDeliverySession().openDeliverySession(principal, selection, new WebSocketSink(writer)));
        } catch (ParleyException refused) {
            delivery.completeExceptionally(refused);
            writer.close(new CloseReason(CloseReason.CloseCodes.VIOLATED_POLICY, refused.code().wireName()));
        } catch (RuntimeException failure) {
            LOG.error("A delivery session could not be opened", failure);
            delivery.completeExceptionally(failure);
            writer.close(new CloseReason(CloseReason.CloseCodes.UNEXPECTED_CONDITION, "internal_error"));
        }
    }

    private void onBinary(ByteBuffer binary) {
        pulse.heard();
        writer.text(Frames.error(null, ParleyException.invalid("frame", "must be a text frame holding a JSON object")));
    }

    private void onText(String text) {
        pulse.heard();
        if (overFrameLimit(text)) {
            writer.text(Frames.error(null, new ParleyException(ErrorCode.PAYLOAD_TOO_LARGE,
                    "frame: larger than " + services.maxFrameBytes() + " bytes")));
            return;
        }
        JsonNode tree;
        try {
            tree = Json.object(text, "frame");
        } catch (ParleyException unreadable) {
            writer.text(Frames.error(null, unreadable));
            return;
        }
        ClientFrame frame;
        try {
            frame = ClientFrame.of(tree);
        } catch (ParleyException unreadable) {
            // A field of the wrong type: the refusal still answers the frame's ref, by name.
            writer.text(Frames.error(tree.get("ref"), unreadable));
            return;
        }
        handle(frame);
    }

    private void handle(ClientFrame frame) {
        try {
            frames.handle(frame);
        } catch (RuntimeException failure) {
            answerFailure(frame.ref(), failure);
        }
    }

    @Override
    public void answerFailure(JsonNode ref, RuntimeException failure) {
        if (failure instanceof ParleyException refused) {
            writer.text(Frames.error(ref, refused));
        } else {
            LOG.error("A WebSocket frame could not be handled", failure);
            writer.text(Frames.error(ref, Problem.of(500, "internal_error", "the server failed to handle the frame")));
        }
    }

    /** Whether a frame's UTF-8 form is over the limit; encoded only when its length cannot tell (a char is 1 to 3 bytes). */
    private boolean overFrameLimit(String text) {
        int max = services.maxFrameBytes();
        return (long) text.length() * 3 > max && (text.length() > max || text.getBytes(StandardCharsets.UTF_8).length > max);
    }

    @Override
    public void withDelivery(Consumer<DeliverySession> action) {
        try {
            action.accept(delivery.join());
        } catch (CompletionException failed) {
            throw failed.getCause() instanceof ParleyException refused ? refused : failed;
        }
    }

    @Override
    public FrameWriter writer() {
        return writer;
    }

    @Override
    public void onClose(Session session, CloseReason reason) {
        if (closed.compareAndSet(false, true) && holdsSlot) {
            services.guards().sessions().release(principal.userId());
            services.sessions().remove(writer);
            services.metrics().sessionClosed();
            delivery.thenAccept(DeliverySession::close);
        }
    }

    @Override
    public void onError(Session session, Throwable failure) {
        LOG.debug("WebSocket session {} reported an error", session.getId(), failure);
    }
}
