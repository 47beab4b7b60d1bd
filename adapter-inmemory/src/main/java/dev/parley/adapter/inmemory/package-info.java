/**
 * The in-memory adapter: {@link dev.parley.adapter.inmemory.InMemoryOutbound}, every outbound port in the heap,
 * and {@link dev.parley.adapter.inmemory.InMemoryNetwork}, the client port served in-process by the real domain
 * so agent code can be tested without a server. Nothing here returns {@code null}; absent values are
 * {@link java.util.Optional}.
 */
package dev.parley.adapter.inmemory;
