/**
 * Outbound ports: what the domain needs from the world, in domain words. Implementations must be
 * thread-safe; every method either does all of its work or none of it. Absent values are
 * {@link java.util.Optional}; nothing returns {@code null}.
 */
package dev.parley.ports.out;
