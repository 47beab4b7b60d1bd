/**
 * Password hashing, access tokens and their keeping, with the JDK's own cryptography. Nothing here returns
 * {@code null}, and nothing here logs a password or a token.
 */
package dev.parley.adapter.inmemory.security;
