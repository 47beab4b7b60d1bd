package dev.parley.adapter.inmemory.domain;

import dev.parley.ports.in.SessionSink;
import dev.parley.ports.model.Message;
import dev.parley.ports.model.Seq;
import dev.parley.ports.model.ServerEvent;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** A sink that remembers what it was handed, and how many of its calls ever overlapped. */
class RecordingSink implements SessionSink {
    final List<Message> delivered = new CopyOnWriteArrayList<>();
    final List<ServerEvent> events = new CopyOnWriteArrayList<>();
    final AtomicInteger revoked = new AtomicInteger();
    final AtomicInteger mostConcurrentCalls = new AtomicInteger();
    private final AtomicInteger activeCalls = new AtomicInteger();

    @Override
    public void deliver(Message message) {
        enter();
        try {
            delivered.add(message);
        } finally {
            activeCalls.decrementAndGet();
        }
    }

    @Override
    public void event(ServerEvent event) {
        enter();
        try {
            events.add(event);
        } finally {
            activeCalls.decrementAndGet();
        }
    }

    @Override
    public void revoked() {
        revoked.incrementAndGet();
    }

    List<Long> seqs() {
        return delivered.stream().map(Message::seq).map(Seq::value).toList();
    }

    private void enter() {
        mostConcurrentCalls.accumulateAndGet(activeCalls.incrementAndGet(), Math::max);
    }
}
