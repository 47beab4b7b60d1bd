package dev.parley.adapter.inmemory.store;

import dev.parley.ports.model.AgentName;
import dev.parley.ports.model.AgentSelection;
import dev.parley.ports.model.Message;
import dev.parley.ports.model.Seq;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One recipient's seq counter and pending messages, with a count of them per recipient agent (so the mailbox
 * limit is not a scan); its lock makes numbering and storing one step.
 */
final class Mailbox {
    final ReentrantLock lock = new ReentrantLock();
    private final TreeMap<Long, Message> pending = new TreeMap<>();
    private final Map<Optional<AgentName>, Long> pendingByAgent = new HashMap<>();
    private long lastSeq;

    /** The seq the next message will get; call with the lock held. */
    Seq nextSeq() {
        return new Seq(lastSeq + 1);
    }

    /** Stores a message numbered with {@link #nextSeq()}; call with the lock held. */
    void accept(Message message) {
        lastSeq = message.seq().value();
        pending.put(lastSeq, message);
        pendingByAgent.merge(message.recipientAgent(), 1L, Long::sum);
    }

    List<Message> pending(AgentSelection agents, Seq after, int limit) {
        lock.lock();
        try {
            List<Message> found = new ArrayList<>();
            for (Message message : pending.tailMap(after.value(), false).values()) {
                if (found.size() == limit) {
                    break;
                }
                if (agents.serves(message.recipientAgent())) {
                    found.add(message);
                }
            }
            return found;
        } finally {
            lock.unlock();
        }
    }

    void acknowledge(AgentSelection agents, Seq upTo) {
        lock.lock();
        try {
            Iterator<Message> handled = pending.headMap(upTo.value(), true).values().iterator();
            while (handled.hasNext()) {
                Message message = handled.next();
                if (agents.serves(message.recipientAgent())) {
                    handled.remove();
                    pendingByAgent.computeIfPresent(message.recipientAgent(), (agent, count) -> count == 1 ? null : count - 1);
                }
            }
        } finally {
            lock.unlock();
        }
    }

    long pendingCount(Optional<AgentName> agent) {
        lock.lock();
        try {
            return pendingByAgent.getOrDefault(agent, 0L);
        } finally {
            lock.unlock();
        }
    }
}
