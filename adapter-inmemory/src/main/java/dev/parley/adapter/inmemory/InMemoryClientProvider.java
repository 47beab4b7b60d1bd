package dev.parley.adapter.inmemory;

import dev.parley.ports.client.ParleyClient;
import dev.parley.ports.client.ParleyClientProvider;
import java.net.URI;

/** The {@code mem:} transport: {@code mem:demo} is a client of the JVM-wide network named {@code demo}. */
public final class InMemoryClientProvider implements ParleyClientProvider {
    private static final String SCHEME = "mem";

    @Override
    public boolean supports(URI uri) {
        return SCHEME.equalsIgnoreCase(uri.getScheme());
    }

    @Override
    public ParleyClient create(URI uri) {
        if (!supports(uri)) {
            throw new IllegalArgumentException("not a mem: URI: " + uri);
        }
        return InMemoryNetwork.named(uri.getSchemeSpecificPart()).newClient();
    }
}
