package dev.parley.adapter.server.json;

import dev.parley.ports.model.Principal;

/** The answer of {@code GET /me}. */
public record MeView(String id, String username) {
    public static MeView from(Principal principal) {
        return new MeView(principal.userId().value(), principal.username().value());
    }
}
