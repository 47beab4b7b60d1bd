package dev.parley.ports.client;

import dev.parley.ports.model.AgentName;
import dev.parley.ports.model.Message;
import dev.parley.ports.model.Seq;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.function.IntConsumer;

/**
 * The stream listener behind an {@link AgentHost}: hands each message once to its conversation handle, its agent's
 * handler or the host's listener, and acknowledges it after that returns. A redelivered message (seq not above the
 * highest seen) is not handed again. A reply that may belong to a conversation being opened right now (its
 * opening's id is not known until the send returns) is parked until every open in flight has finished; acks stop
 * below the oldest parked message. Everything runs as {@link SerialRunner} tasks, so the fields need no lock.
 */
final class Dispatcher implements StreamListener {
    private final SerialRunner serial = new SerialRunner();
    private final Map<AgentName, AgentHandler> handlers;
    private final StreamListener listener;
    private final BiConsumer<IncomingMessage, RuntimeException> failures;
    private final Replier replier;
    private final ConversationBook book;
    private final TreeMap<Long, Message> parked = new TreeMap<>();
    private Optional<MessageStream> stream = Optional.empty();
    private IntConsumer streamEnded = code -> { };
    private long highestSeen;
    private long acknowledged;
    private int opensInFlight;

    Dispatcher(Map<AgentName, AgentHandler> handlers, StreamListener listener,
            BiConsumer<IncomingMessage, RuntimeException> failures, Replier replier, ConversationBook book) {
        this.handlers = Map.copyOf(handlers);
        this.listener = listener;
        this.failures = failures;
        this.replier = replier;
        this.book = book;
    }

    @Override
    public void onEvent(ClientEvent event) {
        if (event instanceof ClientEvent.MessageReceived received) {
            serial.run(() -> arrived(received.message()));
        } else if (event instanceof ClientEvent.StreamClosed closed) {
            serial.run(() -> {
                listener.onEvent(closed);
                streamEnded.accept(closed.code());
            });
        } else {
            serial.run(() -> listener.onEvent(event));
        }
    }

    /** Who hears, after the listener, that the stream ended (the host's link, which may connect again). */
    void onStreamEnded(IntConsumer action) {
        streamEnded = action;
    }

    /** The stream is known: acknowledgements held back until now go out. */
    void attach(MessageStream opened) {
        serial.run(() -> {
            stream = Optional.of(opened);
            acknowledge();
        });
    }

    void openStarted() {
        serial.run(() -> opensInFlight++);
    }

    void openFinished(Optional<Conversation> opened) {
        serial.run(() -> {
            opensInFlight--;
            opened.ifPresent(this::claim);
            if (opensInFlight == 0) {
                releaseParked();
            }
            acknowledge();
        });
    }

    private void arrived(Message message) {
        long seq = message.seq().value();
        if (seq <= highestSeen) {
            if (seq <= acknowledged) {
                stream.ifPresent(open -> open.acknowledge(message.seq()));
            }
            return;
        }
        highestSeen = seq;
        Optional<Conversation> handle = book.handle(message.conversationId());
        if (handle.isPresent()) {
            toConversation(handle.get(), message);
        } else if (message.inReplyTo().isPresent() && opensInFlight > 0) {
            parked.put(seq, message);
        } else {
            dispatch(message);
        }
        acknowledge();
    }

    private void toConversation(Conversation conversation, Message message) {
        conversation.offer(new IncomingMessage(message, replier));
        replier.noted(message);
        if (message.type().closesConversation()) {
            book.forget(conversation.id());
        }
    }

    private void dispatch(Message message) {
        replier.noted(message);
        IncomingMessage incoming = new IncomingMessage(message, replier);
        Optional<AgentHandler> handler = message.recipientAgent().map(handlers::get);
        try {
            if (handler.isPresent()) {
                handler.get().onMessage(incoming);
            } else {
                listener.onEvent(new ClientEvent.MessageReceived(message));
            }
        } catch (RuntimeException failure) {
            failures.accept(incoming, failure);
        }
    }

    private void claim(Conversation conversation) {
        book.register(conversation);
        Iterator<Message> waiting = parked.values().iterator();
        while (waiting.hasNext()) {
            Message message = waiting.next();
            if (message.conversationId().equals(conversation.id())) {
                waiting.remove();
                toConversation(conversation, message);
            }
        }
    }

    private void releaseParked() {
        while (!parked.isEmpty()) {
            dispatch(parked.pollFirstEntry().getValue());
        }
    }

    private void acknowledge() {
        long upTo = parked.isEmpty() ? highestSeen : parked.firstKey() - 1;
        if (upTo > acknowledged && stream.isPresent()) {
            stream.get().acknowledge(new Seq(upTo));
            acknowledged = upTo;
        }
    }
}
