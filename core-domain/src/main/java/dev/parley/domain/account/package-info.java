/**
 * Accounts and logins: sign up, log in and out, refresh and authenticate. Refresh tokens are random and
 * kept only as their SHA-256 hash. Nothing here returns {@code null}: an absent value is an {@link java.util.Optional}.
 */
package dev.parley.domain.account;
