package dev.parley.bootstrap.multinode;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.bootstrap.support.Account;
import dev.parley.bootstrap.support.Fixtures;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/** A user sending messages through one node on a thread of its own until stopped, keeping the seq of each it got 202 for. */
final class Sender {
    private final List<Long> accepted = new ArrayList<>();
    private final ExecutorService thread = Executors.newSingleThreadExecutor();
    private volatile boolean stopping;
    private CompletableFuture<Void> done;

    /** Starts sending from {@code sender} to {@code recipient}'s agent through {@code node}. */
    static Sender start(Node node, Account sender, Account recipient, String agent) {
        Sender running = new Sender();
        Fixtures through = node.fixtures();
        running.done = CompletableFuture.runAsync(() -> {
            for (int i = 1; !running.stopping; i++) {
                long seq = through.text(sender, recipient, agent, sender.username() + " #" + i).get("seq").asLong();
                running.record(seq);
            }
        }, running.thread);
        return running;
    }

    private synchronized void record(long seq) {
        accepted.add(seq);
    }

    synchronized int count() {
        return accepted.size();
    }

    /** Stops after the message on its way, and answers every accepted seq (a failed send fails the test here). */
    List<Long> stop() throws Exception {
        stopping = true;
        done.get(30, TimeUnit.SECONDS);
        thread.shutdown();
        synchronized (this) {
            assertThat(accepted).isNotEmpty();
            return List.copyOf(accepted);
        }
    }
}
