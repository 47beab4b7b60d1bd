package dev.parley.adapter.pgcluster;

import dev.parley.ports.out.Signal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends this node's signals with NOTIFY, in the order they were published, from one thread: whatever queued up
 * meanwhile goes in one transaction (NOTIFY keeps a transaction's order, and commits deliver in commit order). Events
 * and revocations are also written to the journal in that transaction. A failed batch is retried, first, until the
 * database takes it, so nothing published is dropped while the node runs. Each signal's future completes once its
 * transaction committed: a publisher may wait for that, or not.
 */
final class SignalSender implements AutoCloseable {
    static final String CHANNEL = "parley_signals";
    private static final Logger LOG = LoggerFactory.getLogger(SignalSender.class);
    private static final int BATCH = 256;
    private static final Duration FLUSH = Duration.ofSeconds(5);

    private final Jdbi jdbi;
    // Unbounded on purpose: while the database is down no message is accepted and no session opens or closes, so
    // little is published; what is, is sent once it is back.
    private final BlockingQueue<Outgoing> queue = new LinkedBlockingQueue<>();
    private final Thread thread;
    private final Backoff backoff = new Backoff();
    private volatile boolean closing;
    /** Makes every payload of a transaction distinct: PostgreSQL folds identical ones into one. Sender thread only. */
    private long stamp;

    SignalSender(Jdbi jdbi) {
        this.jdbi = jdbi;
        this.thread = new Thread(this::run, "parley-signal-sender");
        thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    /** Queues the signal; the answer completes once it is sent. */
    CompletableFuture<Void> publish(Signal signal) {
        Outgoing outgoing = new Outgoing(signal, new CompletableFuture<>());
        queue.add(outgoing);
        return outgoing.sent();
    }

    private void run() {
        List<Outgoing> batch = new ArrayList<>();
        while (!Thread.currentThread().isInterrupted()) {
            if (batch.isEmpty() && !take(batch)) {
                return;
            }
            try {
                jdbi.useTransaction(handle -> send(handle, batch));
                batch.forEach(outgoing -> outgoing.sent().complete(null));
                batch.clear();
                backoff.reset();
            } catch (RuntimeException failed) {
                if (!backoff.failing()) {
                    LOG.warn("Could not send {} signals; retrying until the database takes them", batch.size(), failed);
                }
                if (!backoff.pause()) {
                    return;
                }
            }
        }
    }

    /** Waits for the next signals; false when closing and nothing is left. */
    private boolean take(List<Outgoing> batch) {
        try {
            Outgoing first = queue.poll(200, TimeUnit.MILLISECONDS);
            if (first == null) {
                return !closing;
            }
            batch.add(first);
            queue.drainTo(batch, BATCH - 1);
            return true;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private void send(Handle handle, List<Outgoing> batch) {
        List<String> payloads = new ArrayList<>(batch.size());
        for (Outgoing outgoing : batch) {
            Signal signal = outgoing.signal();
            String body = SignalCodec.encode(signal);
            payloads.add(SignalCodec.journaled(signal) ? "j" + journal(handle, body) + " " + body
                    : "n" + Long.toString(++stamp, 36) + " " + body);
        }
        // unnest yields the array in order, and each row's NOTIFY is queued as the row is produced.
        handle.createQuery("SELECT count(*) FROM (SELECT pg_notify(:channel, p) FROM unnest(:payloads) AS t(p)) AS notified")
                .bind("channel", CHANNEL)
                .bindArray("payloads", String.class, payloads)
                .mapTo(Long.class)
                .one();
    }

    private static long journal(Handle handle, String body) {
        return handle.createQuery("INSERT INTO signal_journal (payload) VALUES (:payload) RETURNING id")
                .bind("payload", body)
                .mapTo(Long.class)
                .one();
    }

    /** Sends what is queued (for a few seconds at most), then stops. */
    @Override
    public void close() {
        closing = true;
        try {
            thread.join(FLUSH.toMillis());
            if (thread.isAlive()) {
                thread.interrupt();
                thread.join(FLUSH.toMillis());
                LOG.warn("Stopped with {} signals unsent", queue.size());
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** A queued signal and the future its publisher may wait on. */
    private record Outgoing(Signal signal, CompletableFuture<Void> sent) {
    }
}
