package dev.parley.benchmarks.load;

import java.util.BitSet;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.IntConsumer;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * One scenario's books: what was sent per stream, what came back (latency from the scheduled send time, in
 * microseconds), duplicates, seq regressions and errors. A frame from an earlier run is ignored.
 */
final class Measurement implements FrameHandler {
    private final long run;
    private final AtomicLongArray nextNumber;
    private final BitSet[] received;
    private final Recorder latency = new Recorder(3);
    final LongAdder sent = new LongAdder();
    final LongAdder delivered = new LongAdder();
    final LongAdder deliveredInWindow = new LongAdder();
    final LongAdder duplicates = new LongAdder();
    final LongAdder outOfOrder = new LongAdder();
    final LongAdder errors = new LongAdder();
    private volatile long windowEnd = Long.MAX_VALUE;
    private volatile IntConsumer settled = stream -> { };

    Measurement(long run, int streams) {
        this.run = run;
        this.nextNumber = new AtomicLongArray(streams);
        this.received = new BitSet[streams];
        for (int stream = 0; stream < streams; stream++) {
            received[stream] = new BitSet();
        }
    }

    long run() {
        return run;
    }

    /** Called with the stream of each message delivered or refused (the closed loop sends the next one). */
    void onSettled(IntConsumer action) {
        settled = action;
    }

    void windowEndsAt(long nanoTime) {
        windowEnd = nanoTime;
    }

    /** The number of the stream's next message, counted as sent. */
    long nextNumber(int stream) {
        sent.increment();
        return nextNumber.getAndIncrement(stream);
    }

    /** A send that failed before the server answered, or that it refused. */
    void refused(int stream) {
        errors.increment();
        settled.accept(stream);
    }

    @Override
    public void onMessage(Client client, Frame frame) {
        long now = System.nanoTime();
        if (frame.run != run || frame.stream < 0 || frame.stream >= received.length) {
            return;
        }
        if (frame.seq <= client.lastSeq) {
            outOfOrder.increment();
        }
        client.lastSeq = Math.max(client.lastSeq, frame.seq);
        BitSet seen = received[frame.stream];
        if (seen.get((int) frame.number)) {
            duplicates.increment();
            return;
        }
        seen.set((int) frame.number);
        delivered.increment();
        if (now <= windowEnd) {
            deliveredInWindow.increment();
        }
        latency.recordValue(Math.max(0, (now - frame.scheduled) / 1000));
        settled.accept(frame.stream);
    }

    @Override
    public void onError(Client client, Frame frame) {
        String[] ref = frame.ref.split(":");
        if (ref.length == 3 && Long.parseLong(ref[0]) == run) {
            refused(Integer.parseInt(ref[1]));
        } else {
            errors.increment();
        }
    }

    /** Sent, but neither delivered nor refused. */
    long outstanding() {
        return sent.sum() - delivered.sum() - errors.sum();
    }

    Histogram latencies() {
        return latency.getIntervalHistogram();
    }
}
