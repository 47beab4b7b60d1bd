package dev.parley.adapter.server.json;

import dev.parley.ports.model.LoginTokens;

/** The answer of a login or a refresh; {@code created_at} (the user's) is an addition to the contract's fields. */
public record TokenView(String token, String tokenType, String expiresAt, String refreshToken, String userId, String username,
        String createdAt) {
    public static TokenView from(LoginTokens tokens) {
        return new TokenView(tokens.accessToken(), "Bearer", Times.format(tokens.expiresAt()), tokens.refreshToken(),
                tokens.user().id().value(), tokens.user().username().value(),
                Times.format(tokens.user().createdAt()));
    }

    @Override
    public String toString() {
        return "TokenView[user=" + username + ", expiresAt=" + expiresAt + ", tokens redacted]";
    }
}
