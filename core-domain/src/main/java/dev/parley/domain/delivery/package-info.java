/**
 * Live delivery on this node: the open sessions by user, each draining its pending messages in seq order
 * with one drainer at a time, and the presence events their opening and closing cause. Nothing here
 * returns {@code null}: an absent value is an {@link java.util.Optional}.
 */
package dev.parley.domain.delivery;
