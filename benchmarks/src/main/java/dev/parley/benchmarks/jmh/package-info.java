/** JMH benchmarks of the hot paths: message JSON, the protocol check, the send path in memory and on SQLite, SQLite commits. */
package dev.parley.benchmarks.jmh;
