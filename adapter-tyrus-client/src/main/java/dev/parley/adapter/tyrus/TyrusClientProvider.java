package dev.parley.adapter.tyrus;

import dev.parley.ports.client.ParleyClient;
import dev.parley.ports.client.ParleyClientProvider;
import java.net.URI;

/** Serves {@code ws://}, {@code wss://}, {@code http://} and {@code https://} URIs with a {@link TyrusParleyClient}. */
public final class TyrusClientProvider implements ParleyClientProvider {
    @Override
    public boolean supports(URI uri) {
        return ServerAddress.serves(uri);
    }

    @Override
    public ParleyClient create(URI uri) {
        return TyrusParleyClient.create(uri);
    }
}
