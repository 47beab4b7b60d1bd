package dev.parley.adapter.inmemory;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.regex.Pattern;

/** The JVM-wide networks that {@code mem:<name>} URIs reach. */
final class NamedNetworks {
    private static final Pattern NAME = Pattern.compile("^[A-Za-z0-9_.-]{1,64}$");
    private static final ConcurrentMap<String, InMemoryNetwork> NETWORKS = new ConcurrentHashMap<>();

    private NamedNetworks() {
    }

    static InMemoryNetwork get(String name) {
        return NETWORKS.computeIfAbsent(checked(name), key -> InMemoryNetwork.create());
    }

    static void put(String name, InMemoryNetwork network) {
        NETWORKS.put(checked(name), network);
    }

    private static String checked(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("a network name is 1 to 64 of A-Z a-z 0-9 _ . -, not " + name);
        }
        return name;
    }
}
