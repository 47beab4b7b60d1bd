package dev.parley.domain.account;

import dev.parley.ports.model.ErrorCode;
import dev.parley.ports.model.ParleyException;
import dev.parley.ports.model.Username;
import java.util.Optional;

/** The login rule: whatever is wrong with a username or password, the answer is the same {@code invalid_credentials}. */
public final class CredentialsPolicy {
    private CredentialsPolicy() {
    }

    /** The username a raw login string names, empty when it cannot be one (so no account can match it). */
    public static Optional<Username> parseUsername(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Username(raw));
        } catch (ParleyException malformed) {
            return Optional.empty();
        }
    }

    /** Passes when the password matched an existing account; otherwise the one refusal for every case. */
    public static void requireMatched(boolean accountFound, boolean passwordMatched) {
        if (!accountFound || !passwordMatched) {
            throw rejection();
        }
    }

    public static ParleyException rejection() {
        return new ParleyException(ErrorCode.INVALID_CREDENTIALS, "credentials: unknown username or wrong password");
    }
}
