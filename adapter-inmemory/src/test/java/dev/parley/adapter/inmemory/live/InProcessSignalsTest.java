package dev.parley.adapter.inmemory.live;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.ports.model.UserId;
import dev.parley.ports.out.Signal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;

class InProcessSignalsTest {
    private final Signal waiting = new Signal.MessagesWaiting(new UserId("bob-id"));

    @Test
    void everySubscriberGetsEachSignalOnThePublishingThread() {
        InProcessSignals signals = new InProcessSignals();
        List<String> seen = new ArrayList<>();
        signals.subscribe(signal -> seen.add("first " + Thread.currentThread().getName()));
        signals.subscribe(signal -> seen.add("second " + Thread.currentThread().getName()));

        signals.publish(waiting);

        String thread = Thread.currentThread().getName();
        assertThat(seen).containsExactly("first " + thread, "second " + thread);
    }

    @Test
    void withAnExecutorSignalsWaitForIt() {
        List<Runnable> queued = new ArrayList<>();
        Executor queue = queued::add;
        InProcessSignals signals = new InProcessSignals(queue);
        List<Signal> seen = new ArrayList<>();
        signals.subscribe(seen::add);

        signals.publish(waiting);
        assertThat(seen).isEmpty();

        queued.forEach(Runnable::run);
        assertThat(seen).containsExactly(waiting);
    }
}
