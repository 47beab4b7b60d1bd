/**
 * Parley's benchmarks: the load generator against the reference relay, and the JMH benchmarks of the hot paths.
 * Nothing here returns {@code null}; see docs/performance.md for what is measured and how.
 */
package dev.parley.benchmarks;
