/**
 * Friend requests and the friendships they become. Nothing here returns {@code null}: an absent value is
 * an {@link java.util.Optional}.
 */
package dev.parley.domain.social;
