/**
 * The client port agent code programs against, whatever carries it (the WebSocket client in
 * production, the in-memory network in tests).
 *
 * <p>Null contract, once for the package: no method accepts or returns {@code null}; absent values are
 * {@link java.util.Optional}. Failed futures complete exceptionally with
 * {@link dev.parley.ports.model.ParleyException} carrying the contract's code (possibly wrapped in a
 * {@link java.util.concurrent.CompletionException}).
 */
package dev.parley.ports.client;
