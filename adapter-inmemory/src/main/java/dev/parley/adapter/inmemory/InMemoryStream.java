package dev.parley.adapter.inmemory;

import dev.parley.ports.client.ClientEvent;
import dev.parley.ports.client.MessageStream;
import dev.parley.ports.in.DeliverySession;
import dev.parley.ports.in.SessionSink;
import dev.parley.ports.model.Message;
import dev.parley.ports.model.Principal;
import dev.parley.ports.model.Seq;
import dev.parley.ports.model.ServerEvent;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * One live stream of the in-memory network: the sink of a domain delivery session, turning what the session hands
 * it into client events (through the user's delivery faults) for the listener's dispatcher.
 */
final class InMemoryStream implements MessageStream, SessionSink {
    static final int NORMAL_CLOSURE = 1000;
    static final int CONNECTION_LOST = 1006;
    static final int LOGIN_ENDED = 4401;

    private final Principal principal;
    private final ListenerDispatcher dispatcher;
    private final DeliveryFaults faults;
    private final Consumer<InMemoryStream> onEnd;
    private final AtomicBoolean open = new AtomicBoolean(true);
    private volatile Optional<DeliverySession> session = Optional.empty();

    InMemoryStream(Principal principal, ListenerDispatcher dispatcher, DeliveryFaults faults, Consumer<InMemoryStream> onEnd) {
        this.principal = principal;
        this.dispatcher = dispatcher;
        this.faults = faults;
        this.onEnd = onEnd;
    }

    Principal principal() {
        return principal;
    }

    /** Binds the domain session once it is open and starts handing events on; a stream ended meanwhile closes it. */
    void attach(DeliverySession opened) {
        session = Optional.of(opened);
        if (!open.get()) {
            opened.close();
        }
        dispatcher.start();
    }

    @Override
    public void deliver(Message message) {
        if (!open.get()) {
            return;
        }
        switch (faults.next()) {
            case DROP -> { }
            case DUPLICATE -> {
                dispatchIfOpen(new ClientEvent.MessageReceived(message));
                dispatchIfOpen(new ClientEvent.MessageReceived(message));
            }
            case DELAY -> faults.hold(() -> dispatchIfOpen(new ClientEvent.MessageReceived(message)));
            case NONE -> dispatchIfOpen(new ClientEvent.MessageReceived(message));
        }
    }

    @Override
    public void event(ServerEvent event) {
        dispatchIfOpen(ClientEvents.from(event));
    }

    @Override
    public void revoked() {
        end(LOGIN_ENDED, "the login was ended");
    }

    @Override
    public CompletableFuture<Void> acknowledge(Seq upTo) {
        return whileOpen(opened -> opened.acknowledge(upTo));
    }

    @Override
    public CompletableFuture<Void> resume(Seq afterSeq) {
        return whileOpen(opened -> opened.resume(afterSeq));
    }

    @Override
    public boolean isOpen() {
        return open.get();
    }

    @Override
    public void close() {
        end(NORMAL_CLOSURE, "closed by the client");
    }

    /** Closes the domain session and tells the listener, once, whoever ends the stream first. */
    void end(int code, String reason) {
        if (open.compareAndSet(true, false)) {
            session.ifPresent(DeliverySession::close);
            onEnd.accept(this);
            dispatcher.dispatch(new ClientEvent.StreamClosed(code, reason));
        }
    }

    private void dispatchIfOpen(ClientEvent event) {
        if (open.get()) {
            dispatcher.dispatch(event);
        }
    }

    private CompletableFuture<Void> whileOpen(Consumer<DeliverySession> action) {
        Optional<DeliverySession> current = session;
        if (!open.get() || current.isEmpty()) {
            return CompletableFuture.failedFuture(new IllegalStateException("the stream is closed"));
        }
        try {
            action.accept(current.get());
            return CompletableFuture.completedFuture(null);
        } catch (RuntimeException failure) {
            return CompletableFuture.failedFuture(failure);
        }
    }
}
