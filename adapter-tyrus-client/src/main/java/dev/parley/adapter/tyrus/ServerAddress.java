package dev.parley.adapter.tyrus;

import dev.parley.ports.model.AgentName;
import dev.parley.ports.model.AgentSelection;
import java.net.URI;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Where a server answers: the REST base ({@code http(s)://host:port/prefix}) and the WebSocket endpoint
 * ({@code ws(s)://host:port/prefix/ws}), both from the one URI a user gives, in either scheme.
 */
record ServerAddress(URI rest, URI socket) {
    static final Set<String> SCHEMES = Set.of("ws", "wss", "http", "https");

    static boolean serves(URI uri) {
        return uri.getScheme() != null && SCHEMES.contains(uri.getScheme().toLowerCase(Locale.ROOT))
                && uri.getHost() != null;
    }

    static ServerAddress of(URI uri) {
        if (!serves(uri)) {
            throw new IllegalArgumentException("not a Parley server URI (ws, wss, http or https with a host): " + uri);
        }
        boolean secure = Set.of("wss", "https").contains(uri.getScheme().toLowerCase(Locale.ROOT));
        String prefix = uri.getRawPath() == null ? "" : uri.getRawPath().replaceAll("/+$", "");
        String authority = uri.getRawAuthority();
        return new ServerAddress(URI.create((secure ? "https://" : "http://") + authority + prefix + "/"),
                URI.create((secure ? "wss://" : "ws://") + authority + prefix + "/ws"));
    }

    /** The REST URI of {@code path} (relative, already encoded, e.g. {@code friends/bob}). */
    URI rest(String path) {
        return rest.resolve(path);
    }

    /** The WebSocket URI serving {@code agents}: every agent, or {@code ?agents=a,b}. */
    URI socket(AgentSelection agents) {
        return agents.only()
                .map(names -> URI.create(socket + "?agents=" + names.stream().map(AgentName::value).sorted()
                        .collect(Collectors.joining(","))))
                .orElse(socket);
    }
}
