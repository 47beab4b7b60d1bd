package dev.parley.ports.client;

import java.net.URI;

/**
 * A transport for the client port, found by {@link java.util.ServiceLoader}: each adapter registers one in
 * {@code META-INF/services/dev.parley.ports.client.ParleyClientProvider} and claims the URIs it serves
 * ({@code ws://} and {@code http://} for the WebSocket client, {@code mem:} for the in-memory network).
 */
public interface ParleyClientProvider {
    /** Whether this transport serves {@code uri}; looked at only, never connected to. */
    boolean supports(URI uri);

    /** A new, logged-out client for {@code uri}; called only when {@link #supports} said yes. */
    ParleyClient create(URI uri);
}
