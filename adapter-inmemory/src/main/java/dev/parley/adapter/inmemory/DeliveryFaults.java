package dev.parley.adapter.inmemory;

import java.util.ArrayList;
import java.util.List;

/**
 * Faults injected into the message deliveries to one user's streams, to prove agent code copes with an
 * at-least-once network. A dropped delivery never reaches the listener but stays pending (it comes again on
 * {@code resume} or reconnect); a duplicated one reaches it twice, with the same id and seq; a delayed one is
 * held until {@link #releaseDelayed()}, and later deliveries may overtake it. Events other than messages pass untouched.
 */
public final class DeliveryFaults {
    /** What happens to one delivery. */
    enum Fault {
        NONE, DROP, DUPLICATE, DELAY
    }

    private int toDrop;
    private int toDuplicate;
    private int toDelay;
    private final List<Runnable> delayed = new ArrayList<>();

    /** Drops the next {@code count} message deliveries (added to any still to drop). */
    public synchronized DeliveryFaults dropNext(int count) {
        toDrop += requireCount(count);
        return this;
    }

    /** Delivers each of the next {@code count} messages twice. */
    public synchronized DeliveryFaults duplicateNext(int count) {
        toDuplicate += requireCount(count);
        return this;
    }

    /** Holds the next {@code count} message deliveries until {@link #releaseDelayed()}. */
    public synchronized DeliveryFaults delayNext(int count) {
        toDelay += requireCount(count);
        return this;
    }

    /** Hands the held deliveries on, oldest first, to streams that are still open; answers how many were held. */
    public int releaseDelayed() {
        List<Runnable> release;
        synchronized (this) {
            release = List.copyOf(delayed);
            delayed.clear();
        }
        release.forEach(Runnable::run);
        return release.size();
    }

    /** How many deliveries are held. */
    public synchronized int delayedCount() {
        return delayed.size();
    }

    /** The fault for the next delivery: drops first, then duplicates, then delays. */
    synchronized Fault next() {
        if (toDrop > 0) {
            toDrop--;
            return Fault.DROP;
        }
        if (toDuplicate > 0) {
            toDuplicate--;
            return Fault.DUPLICATE;
        }
        if (toDelay > 0) {
            toDelay--;
            return Fault.DELAY;
        }
        return Fault.NONE;
    }

    synchronized void hold(Runnable delivery) {
        delayed.add(delivery);
    }

    private static int requireCount(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative");
        }
        return count;
    }
}
