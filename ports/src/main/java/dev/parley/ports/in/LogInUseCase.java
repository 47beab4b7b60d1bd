package dev.parley.ports.in;

import dev.parley.ports.model.LoginTokens;

/** Starts a login session; one answer, {@code invalid_credentials}, for an unknown user and a wrong password. */
public interface LogInUseCase {
    /** Takes the raw strings so a malformed name or password is refused like a wrong one. */
    LoginTokens logIn(String username, String password);
}
