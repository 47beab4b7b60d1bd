package dev.parley.domain.delivery;

import dev.parley.ports.in.DeliverySession;
import dev.parley.ports.in.SessionSink;
import dev.parley.ports.model.AgentSelection;
import dev.parley.ports.model.Message;
import dev.parley.ports.model.Principal;
import dev.parley.ports.model.Seq;
import dev.parley.ports.model.ServerEvent;
import dev.parley.ports.out.Mailboxes;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * One open connection's session: pushes its pending messages, in seq order, and its events to the sink,
 * one call at a time. A sink that throws closes this session and no other.
 *
 * <p>A message just stored is offered to the session: when it is the very next seq after what was pushed, it is
 * pushed at once without reading the store; otherwise (offers arrive in any order, and messages to agents another
 * session serves leave gaps) the session reads what is pending, as it does on a plain wake-up. Either way every
 * pending message is pushed once per session, in seq order.
 */
final class LiveSession implements DeliverySession {
    static final int PAGE_SIZE = 256;

    private final Principal principal;
    private final AgentSelection agents;
    private final SessionSink sink;
    private final String key;
    private final Mailboxes mailboxes;
    private final Consumer<LiveSession> onClose;
    private final SerialWorker worker;
    private final AtomicBoolean closed = new AtomicBoolean();
    /** Touched only by the worker's tasks, which never run two at a time. */
    private Seq pushedUpTo = Seq.ZERO;

    LiveSession(Principal principal, AgentSelection agents, SessionSink sink, String key, Mailboxes mailboxes,
            Consumer<LiveSession> onClose) {
        this.principal = principal;
        this.agents = agents;
        this.sink = sink;
        this.key = key;
        this.mailboxes = mailboxes;
        this.onClose = onClose;
        this.worker = new SerialWorker(this::pushOnePage, failure -> close());
    }

    @Override
    public Principal principal() {
        return principal;
    }

    String key() {
        return key;
    }

    /** New messages may be pending: push them. */
    void wake() {
        worker.requestDrain();
    }

    /** {@code message} was just stored for this session's user: push it if it is next, else read what is pending. */
    void offer(Message message) {
        worker.submit(() -> pushIfNext(message));
    }

    void push(ServerEvent event) {
        worker.submit(() -> sink.event(event));
    }

    /** The login behind this session ended: tell the sink, then close. */
    void revoke() {
        worker.submit(() -> {
            sink.revoked();
            close();
        });
    }

    @Override
    public void acknowledge(Seq upTo) {
        mailboxes.acknowledge(principal.userId(), agents, upTo);
    }

    @Override
    public void resume(Seq afterSeq) {
        worker.submit(() -> pushedUpTo = afterSeq);
        worker.requestDrain();
    }

    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            worker.stop();
            onClose.accept(this);
        }
    }

    boolean isClosed() {
        return closed.get();
    }

    private void pushIfNext(Message message) {
        if (!message.seq().isAfter(pushedUpTo) || closed.get()) {
            return;
        }
        if (!message.seq().equals(pushedUpTo.next())) {
            worker.requestDrain();
            return;
        }
        if (agents.serves(message.recipientAgent())) {
            sink.deliver(message);
        }
        // A message for an agent this session does not serve is never pending for it: passing it keeps the next one next.
        pushedUpTo = message.seq();
    }

    /** One page per turn, so queued events and revocations are not held up behind a long backlog. */
    private void pushOnePage() {
        List<Message> page = mailboxes.pending(principal.userId(), agents, pushedUpTo, PAGE_SIZE);
        for (Message message : page) {
            if (closed.get()) {
                return;
            }
            sink.deliver(message);
            pushedUpTo = message.seq();
        }
        if (page.size() == PAGE_SIZE) {
            worker.requestDrain();
        }
    }
}
