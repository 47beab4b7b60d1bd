/**
 * Inbound ports: one interface per thing a user does. Every method either returns its result or
 * throws {@link dev.parley.ports.model.ParleyException} carrying the contract's code; none returns
 * {@code null} or accepts it.
 */
package dev.parley.ports.in;
