package dev.parley.adapter.jdbc;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * Rows a store reads on every send (an agent, a friendship), kept in memory where only this process writes the
 * database ({@link Database#heldAlone()}); elsewhere every read goes to the database.
 *
 * <p>Whoever changes the rows behind a key calls {@link #invalidate} once the change is committed (also when the
 * write failed: it may have committed all the same). A load that read the old row meanwhile cannot leave it behind:
 * every invalidation first counts one more {@code change}; a load notes the count before it reads, and if the count
 * moved by the time it has stored its row, it takes that row out again. (Either the invalidation comes after the
 * store and removes it, or the load sees the moved count and does.) Absent rows are remembered too, as an empty
 * {@link Optional}: adding one invalidates its key like any change.
 */
final class ReadCache<K, V> {
    static final long MAX_ENTRIES = 100_000;

    private final Optional<Cache<K, Optional<V>>> cache;
    private final AtomicLong changes = new AtomicLong();

    private ReadCache(Optional<Cache<K, Optional<V>>> cache) {
        this.cache = cache;
    }

    static <K, V> ReadCache<K, V> on(Database database) {
        return database.heldAlone() ? remembering() : new ReadCache<>(Optional.empty());
    }

    /** A cache that remembers what it loads: for a database this process alone writes. */
    static <K, V> ReadCache<K, V> remembering() {
        return new ReadCache<>(Optional.of(Caffeine.newBuilder().maximumSize(MAX_ENTRIES).executor(Runnable::run).build()));
    }

    /** The row under {@code key}: from memory when known, else {@code load}ed (and remembered where that is safe). */
    Optional<V> get(K key, Function<K, Optional<V>> load) {
        if (cache.isEmpty()) {
            return load.apply(key);
        }
        Cache<K, Optional<V>> entries = cache.get();
        Optional<V> known = entries.getIfPresent(key);
        if (known != null) {
            return known;
        }
        long changesBefore = changes.get();
        Optional<V> loaded = load.apply(key);
        entries.put(key, loaded);
        if (changes.get() != changesBefore) {
            entries.asMap().remove(key, loaded);
        }
        return loaded;
    }

    /** The rows behind {@code key} changed (and the change is committed, or failed). */
    void invalidate(K key) {
        cache.ifPresent(entries -> {
            changes.incrementAndGet();
            entries.invalidate(key);
        });
    }
}
