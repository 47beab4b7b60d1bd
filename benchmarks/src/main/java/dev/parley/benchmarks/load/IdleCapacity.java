package dev.parley.benchmarks.load;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;

/**
 * Holds {@code sessions} authenticated WebSockets open, spread over the given accounts, proves each alive with a
 * {@code ping} answered by a {@code pong}, and reads the server's resident memory before and after (both right
 * after a full GC): the difference per session is what one idle session costs the server.
 */
final class IdleCapacity {
    private static final int CONNECTING_AT_ONCE = 128;

    /** The outcome: sessions opened and answering, and the server's memory. */
    record Outcome(String target, int wanted, int opened, long alive, ServerProcess.Memory baseline,
            ServerProcess.Memory loaded, long failures) {
        double kibPerSession() {
            return opened == 0 ? 0 : (double) (loaded.rssKib() - baseline.rssKib()) / opened;
        }

        double heapKibPerSession() {
            return opened == 0 ? 0 : (double) (loaded.heapUsedKib() - baseline.heapUsedKib()) / opened;
        }
    }

    private IdleCapacity() {
    }

    static Outcome measure(String target, ServerProcess server, Api api, List<Population.Account> accounts, int sessions)
            throws IOException, InterruptedException {
        ServerProcess.Memory baseline = server.memoryAfterGc();
        LongAdder failures = new LongAdder();
        List<Client> clients = open(api, accounts, sessions, failures);
        long alive = ping(clients);
        ServerProcess.Memory loaded = server.memoryAfterGc();
        // Aborted rather than closed: the next target's ten thousand sockets must not meet these still closing.
        clients.forEach(Client::abort);
        return new Outcome(target, sessions, clients.size(), alive, baseline, loaded, failures.sum());
    }

    private static List<Client> open(Api api, List<Population.Account> accounts, int sessions, LongAdder failures)
            throws InterruptedException {
        Semaphore connecting = new Semaphore(CONNECTING_AT_ONCE);
        List<CompletableFuture<Client>> opening = new ArrayList<>(sessions);
        for (int index = 0; index < sessions; index++) {
            connecting.acquire();
            opening.add(Client.connect(api, accounts.get(index % accounts.size()).token(), failures)
                    .whenComplete((client, failure) -> connecting.release()));
        }
        List<Client> opened = new ArrayList<>(sessions);
        for (CompletableFuture<Client> future : opening) {
            try {
                opened.add(future.join());
            } catch (RuntimeException failed) {
                failures.increment();
            }
        }
        return opened;
    }

    /** Pings every session and counts the pongs that come back within a minute. */
    private static long ping(List<Client> clients) throws InterruptedException {
        CountDownLatch pongs = new CountDownLatch(clients.size());
        FrameHandler counter = new FrameHandler() {
            @Override
            public void onPong(Client client) {
                pongs.countDown();
            }
        };
        for (Client client : clients) {
            client.handler(counter);
            client.send("{\"action\":\"ping\"}");
        }
        pongs.await(60, TimeUnit.SECONDS);
        return clients.size() - pongs.getCount();
    }
}
