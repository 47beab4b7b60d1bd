package dev.parley.adapter.jdbc;

import dev.parley.ports.model.UserId;
import java.util.Map;

/** An unordered pair of users as the {@code friendships} key stores it: the smaller id first. */
record Pair(String low, String high) {
    static Pair of(UserId one, UserId other) {
        String a = one.value();
        String b = other.value();
        return a.compareTo(b) <= 0 ? new Pair(a, b) : new Pair(b, a);
    }

    /** The {@code :low} and {@code :high} statement parameters. */
    Map<String, Object> parameters() {
        return Map.of("low", low, "high", high);
    }
}
