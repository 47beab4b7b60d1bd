package dev.parley.adapter.pgcluster;

import dev.parley.ports.out.Signal;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands received signals to the subscribers on a few single-threaded lanes, chosen by the signal's addressee: the
 * listening thread never waits on a delivery, and the signals of one user keep the order they arrived in.
 */
final class SignalLanes implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SignalLanes.class);

    private final List<Consumer<Signal>> receivers = new CopyOnWriteArrayList<>();
    private final List<ExecutorService> lanes;

    SignalLanes(int count) {
        lanes = IntStream.range(0, count).mapToObj(SignalLanes::lane).toList();
    }

    void subscribe(Consumer<Signal> receiver) {
        receivers.add(receiver);
    }

    void dispatch(Signal signal) {
        String addressee = SignalCodec.addressee(signal);
        lanes.get(Math.floorMod(addressee.hashCode(), lanes.size())).execute(() -> deliver(signal));
    }

    private void deliver(Signal signal) {
        for (Consumer<Signal> receiver : receivers) {
            try {
                receiver.accept(signal);
            } catch (RuntimeException failed) {
                LOG.warn("A signal receiver failed", failed);
            }
        }
    }

    /** Finishes what was dispatched (for a few seconds at most), then stops the lanes. */
    @Override
    public void close() {
        lanes.forEach(ExecutorService::shutdown);
        for (ExecutorService lane : lanes) {
            try {
                if (!lane.awaitTermination(5, TimeUnit.SECONDS)) {
                    lane.shutdownNow();
                }
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                lane.shutdownNow();
            }
        }
    }

    private static ExecutorService lane(int index) {
        return Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "parley-signal-lane-" + index);
            thread.setDaemon(true);
            return thread;
        });
    }
}
