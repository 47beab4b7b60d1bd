/**
 * The security adapter: Argon2id password hashing and HS256 JWT access tokens behind the outbound ports
 * {@link dev.parley.ports.out.PasswordHasher} and {@link dev.parley.ports.out.AccessTokens}. Nothing here
 * returns {@code null} or prints a password, a hash, a key or a token.
 */
package dev.parley.adapter.security;
