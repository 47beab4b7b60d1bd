package dev.parley.adapter.inmemory.store;

import java.util.Arrays;

/**
 * Stored messages by a unique string of theirs (the id; a sender's idempotency key): open-addressing hash tables of
 * addresses in arrays (no object per entry, for the reason {@link PackedMessages} gives). It keeps each string's hash,
 * not the string: a candidate is confirmed against the stored message. Not thread-safe: the owner serializes every
 * call.
 *
 * <p>The strings are spread over {@value #SEGMENTS} tables by the top bits of their hash, each growing on its own. One
 * table for everything moved every entry at once when it doubled, under the store's lock, so every append waited:
 * at 2,097,152 messages, two million inserts at random places in a 96 MiB table took 95 ms on an idle core (the
 * in-memory server's worst delivery latencies under load were 244–284 ms). A segment's growth moves a 256th of that.
 */
final class AddressIndex {
    /** Tells whether the message at an address has the string looked for. */
    @FunctionalInterface
    interface IdCheck {
        boolean hasId(long address, String id);
    }

    static final int SEGMENTS = 256;
    private static final int SEGMENT_BITS = Integer.numberOfTrailingZeros(SEGMENTS);

    private final IdCheck check;
    private final Segment[] segments = new Segment[SEGMENTS];
    private int lastGrowthMoved;

    AddressIndex(IdCheck check) {
        this.check = check;
        Arrays.setAll(segments, n -> new Segment());
    }

    /** Records the address of the message with this string (unique: the store never adds one twice). */
    void put(String id, long address) {
        int hash = hash(id);
        Segment segment = segmentOf(hash);
        if (segment.isFullForOneMore()) {
            lastGrowthMoved = segment.size;
            segment.grow();
        }
        segment.insert(hash, address);
    }

    /** The address of the message with this string, or -1. */
    long find(String id) {
        int hash = hash(id);
        return segmentOf(hash).find(hash, id, check);
    }

    /** Entries held, counted over the tables. */
    int size() {
        int size = 0;
        for (Segment segment : segments) {
            size += segment.size;
        }
        return size;
    }

    /** How many entries the latest growth of a table moved (for tests: a growth moves one segment's entries). */
    int lastGrowthMoved() {
        return lastGrowthMoved;
    }

    private Segment segmentOf(int hash) {
        return segments[hash >>> (Integer.SIZE - SEGMENT_BITS)];
    }

    /** The string's hash, spread so that the bits the tables use (the top ones and the low ones) depend on all of it. */
    private static int hash(String id) {
        int h = id.hashCode() * 0x9E3779B9;
        return h ^ (h >>> 16);
    }

    /** One open-addressing table, linear probing, kept at most half full. */
    private static final class Segment {
        private static final int FIRST_CAPACITY = 16;
        private static final long EMPTY = -1;

        private long[] addresses = emptyTable(FIRST_CAPACITY);
        private int[] hashes = new int[FIRST_CAPACITY];
        private int size;

        boolean isFullForOneMore() {
            return (size + 1) * 2 > addresses.length;
        }

        void insert(int hash, long address) {
            int mask = addresses.length - 1;
            int slot = hash & mask;
            while (addresses[slot] != EMPTY) {
                slot = (slot + 1) & mask;
            }
            addresses[slot] = address;
            hashes[slot] = hash;
            size++;
        }

        long find(int hash, String id, IdCheck check) {
            int mask = addresses.length - 1;
            for (int slot = hash & mask; addresses[slot] != EMPTY; slot = (slot + 1) & mask) {
                if (hashes[slot] == hash && check.hasId(addresses[slot], id)) {
                    return addresses[slot];
                }
            }
            return -1;
        }

        void grow() {
            long[] oldAddresses = addresses;
            int[] oldHashes = hashes;
            addresses = emptyTable(oldAddresses.length * 2);
            hashes = new int[oldAddresses.length * 2];
            size = 0;
            for (int slot = 0; slot < oldAddresses.length; slot++) {
                if (oldAddresses[slot] != EMPTY) {
                    insert(oldHashes[slot], oldAddresses[slot]);
                }
            }
        }

        private static long[] emptyTable(int capacity) {
            long[] table = new long[capacity];
            Arrays.fill(table, EMPTY);
            return table;
        }
    }
}
