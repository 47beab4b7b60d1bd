package dev.parley.adapter.inmemory.store;

import java.util.Arrays;

/**
 * Stored messages by a unique string of theirs (the id; a sender's idempotency key): an open-addressing hash table of
 * addresses in two arrays (no object per entry, for the reason {@link PackedMessages} gives). It keeps each string's
 * hash, not the string: a candidate is confirmed against the stored message. Not thread-safe: the owner serializes
 * every call.
 */
final class AddressIndex {
    /** Tells whether the message at an address has the string looked for. */
    @FunctionalInterface
    interface IdCheck {
        boolean hasId(long address, String id);
    }

    private static final int FIRST_CAPACITY = 1024;
    private static final long EMPTY = -1;

    private final IdCheck check;
    private long[] addresses = emptyTable(FIRST_CAPACITY);
    private int[] hashes = new int[FIRST_CAPACITY];
    private int size;

    AddressIndex(IdCheck check) {
        this.check = check;
    }

    /** Records the address of the message with this string (unique: the store never adds one twice). */
    void put(String id, long address) {
        if ((size + 1) * 2 > addresses.length) {
            grow();
        }
        insert(hash(id), address);
        size++;
    }

    /** The address of the message with this string, or -1. */
    long find(String id) {
        int hash = hash(id);
        int mask = addresses.length - 1;
        for (int slot = hash & mask; addresses[slot] != EMPTY; slot = (slot + 1) & mask) {
            if (hashes[slot] == hash && check.hasId(addresses[slot], id)) {
                return addresses[slot];
            }
        }
        return -1;
    }

    int size() {
        return size;
    }

    private void insert(int hash, long address) {
        int mask = addresses.length - 1;
        int slot = hash & mask;
        while (addresses[slot] != EMPTY) {
            slot = (slot + 1) & mask;
        }
        addresses[slot] = address;
        hashes[slot] = hash;
    }

    private void grow() {
        long[] oldAddresses = addresses;
        int[] oldHashes = hashes;
        addresses = emptyTable(oldAddresses.length * 2);
        hashes = new int[oldAddresses.length * 2];
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

    /** The string's hash, spread so that the low bits the table uses depend on all of it. */
    private static int hash(String id) {
        int h = id.hashCode() * 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
