package dev.parley.adapter.server.http;

import dev.parley.ports.in.AuthenticateUseCase;
import dev.parley.ports.model.ErrorCode;
import dev.parley.ports.model.ParleyException;
import dev.parley.ports.model.Principal;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.SecurityContext;
import java.util.Locale;
import java.util.Optional;

/** Authenticates the {@code Bearer} token of {@link Authenticated} calls; no, a malformed or a refused token is {@code unauthorized}. */
@Authenticated
@Priority(Priorities.AUTHENTICATION)
public final class BearerAuthFilter implements ContainerRequestFilter {
    private static final String SCHEME = "bearer ";

    private final AuthenticateUseCase authenticate;

    public BearerAuthFilter(AuthenticateUseCase authenticate) {
        this.authenticate = authenticate;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        String token = bearerToken(request.getHeaderString(HttpHeaders.AUTHORIZATION))
                .orElseThrow(() -> new ParleyException(ErrorCode.UNAUTHORIZED, "an Authorization: Bearer token is required"));
        Principal principal = authenticate.authenticate(token);
        boolean secure = request.getSecurityContext().isSecure();
        request.setSecurityContext(new ParleySecurityContext(principal, secure));
    }

    /** The token of an {@code Authorization: Bearer <token>} header value. */
    public static Optional<String> bearerToken(String header) {
        if (header == null || header.length() <= SCHEME.length()
                || !header.substring(0, SCHEME.length()).toLowerCase(Locale.ROOT).equals(SCHEME)) {
            return Optional.empty();
        }
        String token = header.substring(SCHEME.length()).strip();
        return token.isEmpty() ? Optional.empty() : Optional.of(token);
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
