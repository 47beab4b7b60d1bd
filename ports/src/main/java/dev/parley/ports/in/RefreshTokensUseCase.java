package dev.parley.ports.in;

import dev.parley.ports.model.LoginTokens;

/** Trades a refresh token for new tokens; the old refresh token stops working. */
public interface RefreshTokensUseCase {
    /** @throws dev.parley.ports.model.ParleyException {@code unauthorized} for an unknown, used, expired or revoked token */
    LoginTokens refresh(String refreshToken);
}
