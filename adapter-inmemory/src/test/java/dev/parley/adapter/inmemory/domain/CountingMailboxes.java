package dev.parley.adapter.inmemory.domain;

import dev.parley.ports.model.AgentName;
import dev.parley.ports.model.AgentSelection;
import dev.parley.ports.model.Message;
import dev.parley.ports.model.Seq;
import dev.parley.ports.model.UserId;
import dev.parley.ports.out.Mailboxes;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/** Mailboxes that count how often the pending messages are read. */
final class CountingMailboxes implements Mailboxes {
    final AtomicInteger pendingReads = new AtomicInteger();
    private final Mailboxes delegate;

    CountingMailboxes(Mailboxes delegate) {
        this.delegate = delegate;
    }

    @Override
    public List<Message> pending(UserId recipient, AgentSelection agents, Seq after, int limit) {
        pendingReads.incrementAndGet();
        return delegate.pending(recipient, agents, after, limit);
    }

    @Override
    public void acknowledge(UserId recipient, AgentSelection agents, Seq upTo) {
        delegate.acknowledge(recipient, agents, upTo);
    }

    @Override
    public long pendingCount(UserId recipient, Optional<AgentName> agent) {
        return delegate.pendingCount(recipient, agent);
    }
}
