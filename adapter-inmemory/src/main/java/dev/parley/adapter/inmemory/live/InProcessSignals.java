package dev.parley.adapter.inmemory.live;

import dev.parley.ports.out.LiveSignals;
import dev.parley.ports.out.Signal;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * Hands each signal to every subscriber in this process: on the publisher's thread by default, or as one task
 * per signal on the given executor (a single-threaded one keeps each publisher's signals in order).
 */
public final class InProcessSignals implements LiveSignals {
    private final List<Consumer<Signal>> receivers = new CopyOnWriteArrayList<>();
    private final Executor executor;

    /** Synchronous dispatch on the publishing thread. */
    public InProcessSignals() {
        this(Runnable::run);
    }

    public InProcessSignals(Executor executor) {
        this.executor = Objects.requireNonNull(executor, "executor");
    }

    @Override
    public void publish(Signal signal) {
        Objects.requireNonNull(signal, "signal");
        executor.execute(() -> receivers.forEach(receiver -> receiver.accept(signal)));
    }

    @Override
    public void subscribe(Consumer<Signal> receiver) {
        receivers.add(Objects.requireNonNull(receiver, "receiver"));
    }
}
