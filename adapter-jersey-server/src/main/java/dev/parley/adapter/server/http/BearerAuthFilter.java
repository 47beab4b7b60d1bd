package dev.parley.adapter.server.http;

import dev.parley.ports.model.Principal;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.SecurityContext;

/** Authenticates {@link Authenticated} Jersey calls with {@link BearerAuthentication} and puts the principal on the request. */
@Authenticated
@Priority(Priorities.AUTHENTICATION)
public final class BearerAuthFilter implements ContainerRequestFilter {
    private final BearerAuthentication authentication;

    public BearerAuthFilter(BearerAuthentication authentication) {
        this.authentication = authentication;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        Principal principal = authentication.authenticate(request.getHeaderString(HttpHeaders.AUTHORIZATION));
        boolean secure = request.getSecurityContext().isSecure();
        request.setSecurityContext(new ParleySecurityContext(principal, secure));
    }

    /** Carries the authenticated {@link Principal} to the resources. */
    record ParleySecurityContext(Principal principal, boolean secure) implements SecurityContext {
        @Override
        public java.security.Principal getUserPrincipal() {
            return new AuthenticatedUser(principal);
        }

        @Override
        public boolean isUserInRole(String role) {
            return false;
        }

        @Override
        public boolean isSecure() {
            return secure;
        }

        @Override
        public String getAuthenticationScheme() {
            return "Bearer";
        }
    }
}
