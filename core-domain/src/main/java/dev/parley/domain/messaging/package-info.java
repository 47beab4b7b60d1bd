/**
 * Messages between friends' agents and the conversation protocol they follow. Nothing here returns
 * {@code null}: an absent value is an {@link java.util.Optional}.
 */
package dev.parley.domain.messaging;
