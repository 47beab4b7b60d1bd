/** One server under test per JVM, as the load generator starts it: the relay, or Parley on a store. */
package dev.parley.benchmarks.server;
