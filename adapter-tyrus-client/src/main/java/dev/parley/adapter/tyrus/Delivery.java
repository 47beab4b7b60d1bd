package dev.parley.adapter.tyrus;

import dev.parley.adapter.tyrus.wire.ServerFrame;
import dev.parley.adapter.tyrus.wire.WireFormatException;
import dev.parley.ports.client.ClientEvent;
import dev.parley.ports.client.StreamListener;
import dev.parley.ports.model.Message;
import dev.parley.ports.model.ParleyException;
import dev.parley.ports.model.Seq;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands a stream's messages and events to its listener, one at a time and in order, on the stream's own thread.
 * Across reconnections a message reaches the listener once: a redelivered one whose seq is not above the highest
 * handed over is dropped (and acknowledged again when the user had acknowledged it, in case that ack was lost),
 * unless the user asked for redelivery with {@code resume}, which rewinds the mark.
 */
final class Delivery {
    private static final Logger LOG = LoggerFactory.getLogger(Delivery.class);

    private final StreamListener listener;
    private final ExecutorService thread;
    private final LongSupplier acknowledged;
    private final Consumer<Seq> acknowledgeAgain;
    private long handedOver;
    private boolean finished;

    Delivery(StreamListener listener, ExecutorService thread, LongSupplier acknowledged, Consumer<Seq> acknowledgeAgain) {
        this.listener = listener;
        this.thread = thread;
        this.acknowledged = acknowledged;
        this.acknowledgeAgain = acknowledgeAgain;
    }

    /** A text frame from the server: messages and events are queued for the listener; the rest is only logged. */
    void frame(String text) {
        ServerFrame frame;
        try {
            frame = ServerFrame.read(text);
        } catch (WireFormatException | ParleyException unreadable) {
            LOG.warn("Ignored a frame this client cannot read: {}", unreadable.getMessage());
            return;
        }
        if (frame instanceof ServerFrame.Delivered delivered) {
            submit(() -> deliver(delivered.message()));
        } else if (frame instanceof ServerFrame.Event event) {
            submit(() -> {
                if (!finished) {
                    call(event.event());
                }
            });
        } else if (frame instanceof ServerFrame.Refused refused) {
            LOG.warn("The server refused a frame of this client: {} {}", refused.problem().code(), refused.problem().detail());
        }
    }

    /** Messages after {@code afterSeq} are handed over again when they come again. */
    void rewind(Seq afterSeq) {
        submit(() -> handedOver = Math.min(handedOver, afterSeq.value()));
    }

    /** Tells the listener the stream closed, after everything queued before; nothing is handed over after. */
    void finish(int code, String reason) {
        submit(() -> {
            if (!finished) {
                finished = true;
                call(new ClientEvent.StreamClosed(code, reason));
            }
        });
        thread.shutdown();
    }

    private void deliver(Message message) {
        long seq = message.seq().value();
        if (finished) {
            return;
        }
        if (seq <= handedOver) {
            if (seq <= acknowledged.getAsLong()) {
                acknowledgeAgain.accept(message.seq());
            }
            return;
        }
        handedOver = seq;
        call(new ClientEvent.MessageReceived(message));
    }

    private void call(ClientEvent event) {
        try {
            listener.onEvent(event);
        } catch (RuntimeException failure) {
            LOG.warn("The stream listener failed on {}", event.getClass().getSimpleName(), failure);
        }
    }

    private void submit(Runnable task) {
        try {
            thread.execute(task);
        } catch (RejectedExecutionException finishedAlready) {
            LOG.debug("The stream has finished; dropped a late delivery task");
        }
    }
}
