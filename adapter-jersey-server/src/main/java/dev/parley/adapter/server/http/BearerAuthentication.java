package dev.parley.adapter.server.http;

import dev.parley.ports.in.AuthenticateUseCase;
import dev.parley.ports.model.ErrorCode;
import dev.parley.ports.model.ParleyException;
import dev.parley.ports.model.Principal;
import java.util.Optional;

/**
 * The authentication of every REST call that needs a login: the token of {@code Authorization: Bearer <token>},
 * authenticated by the use case; no header, another scheme, or a refused token is {@code unauthorized}.
 */
public final class BearerAuthentication {
    private static final String SCHEME = "bearer ";

    private final AuthenticateUseCase authenticate;

    public BearerAuthentication(AuthenticateUseCase authenticate) {
        this.authenticate = authenticate;
    }

    /** The principal of an {@code Authorization} header value (which may be missing: {@code null}). */
    public Principal authenticate(String authorizationHeader) {
        String token = bearerToken(authorizationHeader)
                .orElseThrow(() -> new ParleyException(ErrorCode.UNAUTHORIZED, "an Authorization: Bearer token is required"));
        return authenticate.authenticate(token);
    }

    /** The token of an {@code Authorization: Bearer <token>} header value. */
    public static Optional<String> bearerToken(String header) {
        if (header == null || header.length() <= SCHEME.length()
                || !header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            return Optional.empty();
        }
        String token = header.substring(SCHEME.length()).strip();
        return token.isEmpty() ? Optional.empty() : Optional.of(token);
    }
}
