package dev.parley.ports.out;

import dev.parley.ports.model.Password;
import dev.parley.ports.model.PasswordHash;

/** The only place a plaintext password goes. */
public interface PasswordHasher {
    PasswordHash hash(Password password);

    /** Whether {@code candidate} is the password behind {@code hash}; takes about as long whatever the answer. */
    boolean matches(String candidate, PasswordHash hash);
}
