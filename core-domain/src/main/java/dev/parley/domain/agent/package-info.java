/**
 * Agents: registering them, and who may see them (their owner and the owner's friends). Nothing here
 * returns {@code null}: an absent value is an {@link java.util.Optional}.
 */
package dev.parley.domain.agent;
