/**
 * The reference relay: the thinnest server on Parley's transport (Grizzly and Tyrus on one port) that speaks what the
 * load generator uses. No validation, no storage. Nothing here returns {@code null}.
 */
package dev.parley.benchmarks.relay;
