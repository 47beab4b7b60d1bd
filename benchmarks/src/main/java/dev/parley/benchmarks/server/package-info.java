/**
 * One server under test per JVM, as the load generator starts it: the relay, Parley on a store (one node of a
 * cluster, on PostgreSQL), or an embedded PostgreSQL alone for several such nodes to share.
 */
package dev.parley.benchmarks.server;
