package dev.parley.adapter.inmemory.store;

import java.util.Arrays;

/** A growing list of message addresses, in the order added (which is address order): one array, no boxing. */
final class Addresses {
    private long[] values = new long[8];
    private int size;

    void add(long address) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = address;
    }

    /** A copy of the addresses added so far. */
    long[] copy() {
        return Arrays.copyOf(values, size);
    }
}
