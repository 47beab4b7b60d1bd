package dev.parley.adapter.server.limits;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.EstimationProbe;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One bucket4j token bucket per key (a user id, a username, an address): {@code perMinute} tokens, refilled evenly
 * over a minute. Memory stays bounded: a bucket that has refilled to the brim is the same as a new one, so such
 * buckets are dropped now and then; past {@link #MAX_KEYS} busy keys, new keys go untracked (and a warning is
 * logged) rather than the server running out of memory.
 */
public final class KeyedRateLimit {
    static final int MAX_KEYS = 100_000;
    private static final Logger LOG = LoggerFactory.getLogger(KeyedRateLimit.class);
    private static final int SWEEP_EVERY = 4_096;
    private static final long FULL_SWEEP_PAUSE_NANOS = 1_000_000_000L;

    private final long perMinute;
    private final String refusal;
    private final int maxKeys;
    private final ConcurrentMap<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final AtomicLong newKeys = new AtomicLong();
    private final AtomicLong lastFullSweep = new AtomicLong(System.nanoTime() - FULL_SWEEP_PAUSE_NANOS);

    /** {@code perMinute} 0 lets everything through; {@code refusal} starts the detail of a refusal ("too many …"). */
    public KeyedRateLimit(int perMinute, String refusal) {
        this(perMinute, refusal, MAX_KEYS);
    }

    KeyedRateLimit(int perMinute, String refusal, int maxKeys) {
        this.perMinute = perMinute;
        this.refusal = refusal;
        this.maxKeys = maxKeys;
    }

    /** Takes one token for {@code key}, or refuses with the time until one is back. */
    public void acquire(String key) {
        Optional<Bucket> bucket = bucket(key);
        if (bucket.isPresent()) {
            ConsumptionProbe probe = bucket.get().tryConsumeAndReturnRemaining(1);
            if (!probe.isConsumed()) {
                throw refused(probe.getNanosToWaitForRefill());
            }
        }
    }

    /** Refuses when {@code key} has no token left, without taking one. */
    public void check(String key) {
        if (perMinute == 0) {
            return;
        }
        Bucket bucket = buckets.get(key);
        if (bucket != null) {
            EstimationProbe probe = bucket.estimateAbilityToConsume(1);
            if (!probe.canBeConsumed()) {
                throw refused(probe.getNanosToWaitForRefill());
            }
        }
    }

    /** Takes one token for {@code key} if one is left: an event that counts, such as a failed login. */
    public void charge(String key) {
        bucket(key).ifPresent(bucket -> bucket.tryConsume(1));
    }

    /** Keys with a bucket that is not full, at most: what this limit remembers. */
    int trackedKeys() {
        return buckets.size();
    }

    private Optional<Bucket> bucket(String key) {
        if (perMinute == 0) {
            return Optional.empty();
        }
        Bucket known = buckets.get(key);
        if (known != null) {
            return Optional.of(known);
        }
        if (newKeys.incrementAndGet() % SWEEP_EVERY == 0 || buckets.size() >= maxKeys && fullSweepDue()) {
            sweep();
        }
        if (buckets.size() >= maxKeys) {
            return Optional.empty();
        }
        return Optional.of(buckets.computeIfAbsent(key, ignored -> newBucket()));
    }

    /** At most one sweep a second while the map is full, so a flood of new keys cannot make every call a sweep. */
    private boolean fullSweepDue() {
        long last = lastFullSweep.get();
        long now = System.nanoTime();
        return now - last >= FULL_SWEEP_PAUSE_NANOS && lastFullSweep.compareAndSet(last, now);
    }

    /** Drops full buckets. One taken from concurrently is lost with its single token: the limit errs towards letting through. */
    private void sweep() {
        buckets.values().removeIf(bucket -> bucket.getAvailableTokens() >= perMinute);
        if (buckets.size() >= maxKeys) {
            LOG.warn("Rate limit '{}' tracks {} busy keys; new keys go unlimited until some calm down", refusal, buckets.size());
        }
    }

    private Bucket newBucket() {
        return Bucket.builder().addLimit(Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1))
                .build()).build();
    }

    private RateLimitedException refused(long nanosToWait) {
        Duration wait = Duration.ofNanos(nanosToWait);
        return new RateLimitedException(refusal + " (at most " + perMinute + " a minute); retry in "
                + RateLimitedException.seconds(wait) + " s", wait);
    }
}
