package dev.parley.ports.in;

import dev.parley.ports.model.Password;
import dev.parley.ports.model.User;
import dev.parley.ports.model.Username;

/** Creates an account. */
public interface SignUpUseCase {
    /** @throws dev.parley.ports.model.ParleyException {@code username_taken} when the name is taken, ignoring case */
    User signUp(Username username, Password password);
}
