package dev.parley.ports.client;

import java.net.URI;
import java.util.ServiceLoader;

/**
 * Where agent code gets a {@link ParleyClient}: the URI picks the transport, so moving an agent between a test
 * and production is one line ({@code mem:demo} against {@code wss://parley.example.org}).
 */
public final class ParleyClients {
    private ParleyClients() {
    }

    /**
     * A new, logged-out client for {@code uri}, from the first transport on the class path that supports it.
     *
     * @throws IllegalArgumentException when no transport on the class path supports the URI's scheme
     */
    public static ParleyClient create(URI uri) {
        return create(uri, Thread.currentThread().getContextClassLoader());
    }

    /** As {@link #create(URI)}, for a URI written as text, e.g. {@code "ws://localhost:8080"} or {@code "mem:demo"}. */
    public static ParleyClient create(String uri) {
        return create(URI.create(uri));
    }

    /** As {@link #create(URI)}, looking for transports through {@code loader}. */
    public static ParleyClient create(URI uri, ClassLoader loader) {
        for (ParleyClientProvider provider : ServiceLoader.load(ParleyClientProvider.class, loader)) {
            if (provider.supports(uri)) {
                return provider.create(uri);
            }
        }
        throw new IllegalArgumentException("no Parley transport on the class path serves " + uri.getScheme()
                + ": URIs (add adapter-tyrus-client for ws:, wss:, http:, https:; adapter-inmemory for mem:)");
    }
}
