package dev.parley.ports.in;

import dev.parley.ports.model.Principal;

/** Ends a login session: its access and refresh tokens stop working and its live sessions close. */
public interface LogOutUseCase {
    void logOut(Principal principal);
}
