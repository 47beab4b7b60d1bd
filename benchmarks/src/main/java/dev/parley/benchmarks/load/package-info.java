/**
 * The load generator: servers under test in their own JVMs, users and sockets, closed and open loops, idle
 * capacity, and the report of ratios against the reference. Nothing here returns {@code null}.
 */
package dev.parley.benchmarks.load;
