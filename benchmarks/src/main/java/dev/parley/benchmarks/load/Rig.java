package dev.parley.benchmarks.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;

/**
 * The pairs of one target with a socket per user (senders on one node, recipients on another when there are two), the streams between them (stream i: pair i's sender to its
 * recipient), and the two ways to send on a stream: a WebSocket {@code send} frame or {@code POST /message}.
 * Recipients acknowledge what they received every {@link #ACK_MILLIS} ms.
 */
final class Rig implements AutoCloseable {
    static final int ACK_MILLIS = 50;

    private final NioHttp rest;
    private final List<Population.Pair> pairs;
    private final List<Client> senders;
    private final List<Client> recipients;
    private final LongAdder socketFailures;
    private final ScheduledExecutorService acks = Executors.newSingleThreadScheduledExecutor(daemon("gen-acks"));

    private Rig(NioHttp rest, List<Population.Pair> pairs, List<Client> senders, List<Client> recipients, LongAdder socketFailures) {
        this.rest = rest;
        this.pairs = pairs;
        this.senders = senders;
        this.recipients = recipients;
        this.socketFailures = socketFailures;
        acks.scheduleAtFixedRate(() -> recipients.forEach(Client::flushAck), ACK_MILLIS, ACK_MILLIS, TimeUnit.MILLISECONDS);
    }

    /**
     * Opens the senders' sockets and REST connections on {@code senderSide}, the recipients' sockets on
     * {@code recipientSide} (the same server, or another node of the same cluster).
     */
    static Rig open(Api senderSide, Api recipientSide, List<Population.Pair> pairs) {
        LongAdder failures = new LongAdder();
        List<CompletableFuture<Client>> senders = new ArrayList<>();
        List<CompletableFuture<Client>> recipients = new ArrayList<>();
        for (Population.Pair pair : pairs) {
            senders.add(Client.connect(senderSide, pair.sender().token(), failures));
            recipients.add(Client.connect(recipientSide, pair.recipient().token(), failures));
        }
        return new Rig(new NioHttp(senderSide.port()), pairs, senders.stream().map(CompletableFuture::join).toList(),
                recipients.stream().map(CompletableFuture::join).toList(), failures);
    }

    int streams() {
        return pairs.size();
    }

    /** Points every socket at {@code measurement}; the senders' sockets report refusals ({@code error} frames). */
    void measureWith(Measurement measurement) {
        senders.forEach(client -> client.handler(measurement));
        recipients.forEach(client -> client.handler(measurement));
    }

    /** Sends stream {@code stream}'s next message, scheduled at {@code scheduled} (nanoTime), the way {@code via} says. */
    void send(Transport via, Measurement measurement, int stream, long scheduled) {
        long number = measurement.nextNumber(stream);
        Population.Pair pair = pairs.get(stream);
        if (via == Transport.WEBSOCKET) {
            senders.get(stream).send(Payloads.sendFrame(pair.recipient().id(), measurement.run(), stream, number, scheduled));
            return;
        }
        rest.post("/message/" + pair.recipient().id(), pair.sender().token(),
                        Payloads.restBody(measurement.run(), stream, number, scheduled))
                .whenComplete((status, failure) -> {
                    if (failure != null || status != 202) {
                        measurement.refused(stream);
                    }
                });
    }

    long socketFailures() {
        return socketFailures.sum();
    }

    @Override
    public void close() {
        acks.shutdownNow();
        rest.close();
        senders.forEach(Client::close);
        recipients.forEach(Client::close);
    }

    static java.util.concurrent.ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    /** How a message goes to the server. */
    enum Transport {
        WEBSOCKET, REST;

        static final Map<String, Transport> BY_NAME = Map.of("ws", WEBSOCKET, "rest", REST);
    }
}
