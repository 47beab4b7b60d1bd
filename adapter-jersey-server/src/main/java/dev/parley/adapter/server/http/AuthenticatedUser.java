package dev.parley.adapter.server.http;

import dev.parley.ports.model.ErrorCode;
import dev.parley.ports.model.ParleyException;
import dev.parley.ports.model.Principal;
import jakarta.ws.rs.core.SecurityContext;

/** The JAX-RS face of an authenticated {@link Principal}. */
public record AuthenticatedUser(Principal principal) implements java.security.Principal {
    @Override
    public String getName() {
        return principal.username().value();
    }

    /** The principal {@link BearerAuthFilter} put on the request. */
    public static Principal of(SecurityContext context) {
        if (context.getUserPrincipal() instanceof AuthenticatedUser user) {
            return user.principal();
        }
        throw new ParleyException(ErrorCode.UNAUTHORIZED, "an Authorization: Bearer token is required");
    }
}
