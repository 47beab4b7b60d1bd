package dev.parley.bootstrap.support;

/** A signed-up, logged-in test user. */
public record Account(String id, String username, String token, String refreshToken) {
}
