package dev.parley.adapter.inmemory.store;

import dev.parley.ports.model.AgentSelection;
import dev.parley.ports.model.Message;
import dev.parley.ports.model.Seq;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.locks.ReentrantLock;

/** One recipient's seq counter and pending messages; its lock makes numbering and storing one step. */
final class Mailbox {
    final ReentrantLock lock = new ReentrantLock();
    private final TreeMap<Long, Message> pending = new TreeMap<>();
    private long lastSeq;

    /** The seq the next message will get; call with the lock held. */
    Seq nextSeq() {
        return new Seq(lastSeq + 1);
    }

    /** Stores a message numbered with {@link #nextSeq()}; call with the lock held. */
    void accept(Message message) {
        lastSeq = message.seq().value();
        pending.put(lastSeq, message);
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
            Map<Long, Message> handled = pending.headMap(upTo.value(), true);
            handled.values().removeIf(message -> agents.serves(message.recipientAgent()));
        } finally {
            lock.unlock();
        }
    }
}
