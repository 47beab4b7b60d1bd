package dev.parley.adapter.pgcluster;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;

/** What a subscriber received, in order, safe to read from the test thread. */
final class Received<T> implements Consumer<T> {
    private final List<T> items = new ArrayList<>();

    @Override
    public synchronized void accept(T item) {
        items.add(item);
    }

    synchronized List<T> all() {
        return List.copyOf(items);
    }

    List<T> matching(Predicate<? super T> wanted) {
        return all().stream().filter(wanted).toList();
    }

    /** Waits (up to 20 s) until {@code count} received items match. */
    List<T> waitFor(int count, Predicate<? super T> wanted) {
        await().atMost(Duration.ofSeconds(20)).until(() -> matching(wanted).size() >= count);
        return matching(wanted);
    }
}
