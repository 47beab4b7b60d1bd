/**
 * In-process presence and signals: the live side of the outbound ports for a single node. Nothing here
 * returns {@code null}.
 */
package dev.parley.adapter.inmemory.live;
