package dev.parley.adapter.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** A cache in front of rows only this process writes: loads once, forgets on change, never keeps a row read before one. */
class ReadCacheTest {
    private final ReadCache<String, String> cache = ReadCache.remembering();
    private final AtomicReference<String> row = new AtomicReference<>("old");
    private final AtomicInteger loads = new AtomicInteger();

    private Optional<String> load(String key) {
        loads.incrementAndGet();
        return Optional.ofNullable(row.get());
    }

    @Test
    void aRowIsLoadedOnceThenAnsweredFromMemory() {
        assertThat(cache.get("k", this::load)).contains("old");
        assertThat(cache.get("k", this::load)).contains("old");
        assertThat(loads).hasValue(1);
    }

    @Test
    void anAbsentRowIsRememberedUntilItsKeyChanges() {
        row.set(null);
        assertThat(cache.get("k", this::load)).isEmpty();
        assertThat(cache.get("k", this::load)).isEmpty();
        row.set("added");
        cache.invalidate("k");

        assertThat(cache.get("k", this::load)).contains("added");
        assertThat(loads).hasValue(2);
    }

    @Test
    void aLoadThatReadTheRowBeforeAChangeDoesNotLeaveItBehind() throws Exception {
        CountDownLatch read = new CountDownLatch(1);
        CountDownLatch changed = new CountDownLatch(1);
        CompletableFuture<Optional<String>> slowLoad = CompletableFuture.supplyAsync(() -> cache.get("k", key -> {
            Optional<String> before = Optional.of(row.get());
            read.countDown();
            await(changed);
            return before;
        }));
        assertThat(read.await(10, TimeUnit.SECONDS)).isTrue();
        row.set("new");
        cache.invalidate("k");
        changed.countDown();

        assertThat(slowLoad.get(10, TimeUnit.SECONDS)).contains("old");
        assertThat(cache.get("k", this::load)).contains("new");
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
