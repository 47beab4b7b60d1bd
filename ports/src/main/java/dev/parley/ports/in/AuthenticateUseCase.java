package dev.parley.ports.in;

import dev.parley.ports.model.Principal;

/** Checks an access token and names who it speaks for. */
public interface AuthenticateUseCase {
    /** @throws dev.parley.ports.model.ParleyException {@code unauthorized} for a malformed, expired or revoked token */
    Principal authenticate(String accessToken);
}
