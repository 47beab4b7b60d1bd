package dev.parley.adapter.inmemory.domain;

import dev.parley.ports.out.LiveSignals;
import dev.parley.ports.out.Signal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;

/** Signals that, while held, keep every signal back; released, they go out newest first (the worst order there is). */
final class HeldSignals implements LiveSignals {
    private final LiveSignals delegate;
    private final List<Signal> held = new ArrayList<>();
    private boolean holding;

    HeldSignals(LiveSignals delegate) {
        this.delegate = delegate;
    }

    synchronized void hold() {
        holding = true;
    }

    void releaseNewestFirst() {
        List<Signal> out;
        synchronized (this) {
            holding = false;
            out = new ArrayList<>(held);
            Collections.reverse(out);
            held.clear();
        }
        out.forEach(delegate::publish);
    }

    @Override
    public void publish(Signal signal) {
        synchronized (this) {
            if (holding) {
                held.add(signal);
                return;
            }
        }
        delegate.publish(signal);
    }

    @Override
    public void subscribe(Consumer<Signal> receiver) {
        delegate.subscribe(receiver);
    }
}
