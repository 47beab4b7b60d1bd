package dev.parley.adapter.server.ws;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.glassfish.grizzly.filterchain.BaseFilter;
import org.glassfish.grizzly.filterchain.FilterChainContext;
import org.glassfish.grizzly.filterchain.NextAction;
import org.glassfish.grizzly.http.HttpContent;
import org.glassfish.grizzly.http.HttpRequestPacket;
import org.glassfish.grizzly.http.server.AddOn;
import org.glassfish.tyrus.container.grizzly.server.GrizzlyServerFilter;

/**
 * Moves the {@code ?token=} of a WebSocket upgrade into an {@code Authorization: Bearer} header before
 * Tyrus reads the request. Tyrus keeps the request URI in its session and prints it in its own log lines;
 * with the token taken out of the URI, no such line can hold a token.
 */
final class TokenQueryFilter extends BaseFilter {
    private static final String PARAMETER = "token=";

    /** An add-on that puts this filter right before Tyrus's filter; register it after Tyrus's add-on. */
    static AddOn addOn() {
        return (listener, chain) -> chain.add(chain.indexOfType(GrizzlyServerFilter.class), new TokenQueryFilter());
    }

    @Override
    public NextAction handleRead(FilterChainContext context) {
        if (context.getMessage() instanceof HttpContent content && content.getHttpHeader() instanceof HttpRequestPacket request
                && "websocket".equalsIgnoreCase(request.getUpgrade()) && request.getQueryString() != null) {
            moveToken(request);
        }
        return context.getInvokeAction();
    }

    private static String decoded(String value) {
        try {
            return URLDecoder.decode(value, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return value;
        }
    }

    private static void moveToken(HttpRequestPacket request) {
        List<String> kept = new ArrayList<>();
        Optional<String> token = Optional.empty();
        for (String parameter : request.getQueryString().split("&")) {
            if (parameter.startsWith(PARAMETER)) {
                token = token.or(() -> Optional.of(decoded(parameter.substring(PARAMETER.length()))));
            } else if (!parameter.isEmpty()) {
                kept.add(parameter);
            }
        }
        if (token.isPresent()) {
            request.setQueryString(kept.isEmpty() ? null : String.join("&", kept));
            request.setHeader("Authorization", "Bearer " + token.get());
        }
    }
}
