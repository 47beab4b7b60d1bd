package dev.parley.benchmarks.load;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a target named on the command line is deployed. {@code postgres} is one Parley node on a PostgreSQL the
 * generator starts in a process of its own; {@code postgres-2nodes} (any {@code postgres-Nnodes}, N from 1 to 8) is N
 * nodes on one such PostgreSQL. Any other name ({@code relay}, {@code mem}, {@code sqlite}, a JDBC URL) is one
 * server JVM that brings its own store: {@code store} is what its {@code server} sub-command is given.
 */
record Layout(String name, String store, boolean sharedPostgres, int nodes) {
    static final int MAX_NODES = 8;
    private static final Pattern SEVERAL = Pattern.compile("postgres-(\\d)nodes");

    Layout {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(store, "store");
        if (name.isBlank()) {
            throw new IllegalArgumentException("target: a name is needed");
        }
        if (nodes < 1 || nodes > MAX_NODES || (nodes > 1 && !sharedPostgres)) {
            throw new IllegalArgumentException("target " + name + ": 1 node, or up to " + MAX_NODES + " on one PostgreSQL");
        }
    }

    static Layout of(String name) {
        if (name.equals("postgres")) {
            return new Layout(name, "", true, 1);
        }
        Matcher several = SEVERAL.matcher(name);
        if (several.matches()) {
            return new Layout(name, "", true, Integer.parseInt(several.group(1)));
        }
        return new Layout(name, name, false, 1);
    }

    /** The name of node {@code index} (from 0): {@code node} alone, else {@code node A}, {@code node B}, … */
    String nodeName(int index) {
        return nodes == 1 ? "node" : "node " + (char) ('A' + index);
    }
}
