/**
 * The client port agent code programs against, whatever carries it (the WebSocket client in
 * production, the in-memory network in tests), and the agent API on top of it.
 *
 * <p>Getting a client is one line, and the URI picks the transport ({@link dev.parley.ports.client.ParleyClients},
 * through the {@link dev.parley.ports.client.ParleyClientProvider}s on the class path). An agent is an
 * {@link dev.parley.ports.client.AgentHandler} served by an {@link dev.parley.ports.client.AgentHost}; it answers
 * with {@link dev.parley.ports.client.IncomingMessage#reply}, and opens conversations whose replies it awaits
 * through a {@link dev.parley.ports.client.Conversation}.
 *
 * <p>Null contract, once for the package: no method accepts or returns {@code null}; absent values are
 * {@link java.util.Optional}. Failed futures complete exceptionally with
 * {@link dev.parley.ports.model.ParleyException} carrying the contract's code when the other side refused, or with
 * {@link dev.parley.ports.client.ParleyTransportException} when it could not be reached (either possibly wrapped in
 * a {@link java.util.concurrent.CompletionException}; {@link dev.parley.ports.client.Failures} unwraps them).
 */
package dev.parley.ports.client;
