package dev.parley.adapter.server.ws;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.adapter.server.json.Fields;
import dev.parley.ports.in.DeliverySession;
import dev.parley.ports.model.ErrorCode;
import dev.parley.ports.model.Message;
import dev.parley.ports.model.ParleyException;
import dev.parley.ports.model.Principal;
import dev.parley.ports.model.Seq;
import dev.parley.ports.model.UserId;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;

/** Reads one client frame and does what it asks: {@code send}, {@code ack}, {@code resume} or {@code ping}. */
final class ClientFrames {
    private final WebSocketServices services;
    private final Principal principal;
    private final Connection connection;
    private final SendAnswers sendAnswers = new SendAnswers();

    /** What a frame acts on: the delivery session and the writer of this connection. */
    interface Connection {
        void withDelivery(Consumer<DeliverySession> action);

        FrameWriter writer();

        /** Answers a frame that failed (at once, or once its send was stored) with an error frame carrying its {@code ref}. */
        void answerFailure(JsonNode ref, RuntimeException failure);
    }

    ClientFrames(WebSocketServices services, Principal principal, Connection connection) {
        this.services = services;
        this.principal = principal;
        this.connection = connection;
    }

    /** Handles a frame; a refusal is answered with an error frame (with the frame's {@code ref}) and the session stays open. */
    void handle(ClientFrame frame) {
        switch (Fields.required(frame.action(), "action")) {
            case "send" -> send(frame);
            case "ack" -> connection.withDelivery(delivery -> delivery.acknowledge(seq(frame.seq(), "seq")));
            case "resume" -> connection.withDelivery(delivery -> delivery.resume(seq(frame.afterSeq(), "after_seq")));
            case "ping" -> connection.writer().text(Frames.pong());
            default -> throw ParleyException.invalid("action", "unknown action; expected send, ack, resume or ping");
        }
    }

    /**
     * Checks the send now and answers {@code sent} once the message is stored, without holding this connection's next
     * frames meanwhile: its sends share commits and are stored in frame order. The answers (a refusal too) come in
     * frame order as well, whichever order the store confirms them in ({@link SendAnswers}).
     */
    private void send(ClientFrame frame) {
        SendAnswers.Place place = sendAnswers.take();
        CompletionStage<Message> stored;
        try {
            services.guards().messages().acquire(principal.userId().value());
            stored = services.sendMessage().sendMessageAsync(principal.userId(), recipient(frame.to()), frame.message().toOutgoing());
        } catch (RuntimeException refused) {
            place.answer(() -> connection.answerFailure(frame.ref(), refused));
            return;
        }
        stored.whenComplete((message, failure) -> place.answer(failure == null
                ? () -> {
                    services.metrics().messageAccepted();
                    connection.writer().text(Frames.sent(frame.ref(), message));
                }
                : () -> connection.answerFailure(frame.ref(), unwrapped(failure))));
    }

    private static RuntimeException unwrapped(Throwable failure) {
        Throwable cause = failure instanceof CompletionException wrapped && wrapped.getCause() != null ? wrapped.getCause() : failure;
        return cause instanceof RuntimeException runtime ? runtime : new IllegalStateException("the send failed", cause);
    }

    private static UserId recipient(String to) {
        Fields.required(to, "to");
        try {
            return new UserId(to);
        } catch (ParleyException invalid) {
            throw new ParleyException(ErrorCode.USER_NOT_FOUND, "to: no such user");
        }
    }

    private static Seq seq(JsonNode value, String field) {
        if (value == null || value.isNull()) {
            throw ParleyException.invalid(field, "is required");
        }
        if (!value.isIntegralNumber() || !value.canConvertToLong() || value.longValue() < 0) {
            throw ParleyException.invalid(field, "must be a non-negative integer");
        }
        return new Seq(value.longValue());
    }
}
