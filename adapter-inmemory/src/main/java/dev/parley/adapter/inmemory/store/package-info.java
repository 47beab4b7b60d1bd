/**
 * Thread-safe in-memory stores for the outbound store ports: what tests, demos and a single-node
 * development server keep in the heap. Nothing here returns {@code null}; absent values are
 * {@link java.util.Optional}.
 */
package dev.parley.adapter.inmemory.store;
