package dev.parley.domain.account;

import dev.parley.ports.in.LogInUseCase;
import dev.parley.ports.model.LoginTokens;
import dev.parley.ports.model.Password;
import dev.parley.ports.model.PasswordHash;
import dev.parley.ports.model.UserAccount;
import dev.parley.ports.out.PasswordHasher;
import dev.parley.ports.out.Users;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

/** Logs users in with one answer for every bad username or password, taking about as long either way. */
public final class LogInService implements LogInUseCase {
    private final Users users;
    private final PasswordHasher hasher;
    private final TokenIssuer issuer;
    private final Clock clock;
    private volatile PasswordHash dummyHash;

    LogInService(Users users, PasswordHasher hasher, TokenIssuer issuer, Clock clock) {
        this.users = users;
        this.hasher = hasher;
        this.issuer = issuer;
        this.clock = clock;
    }

    @Override
    public LoginTokens logIn(String username, String password) {
        Optional<UserAccount> account = CredentialsPolicy.parseUsername(username).flatMap(users::byUsername);
        String candidate = password == null ? "" : password;
        // An unknown user still costs one hash check, so timing does not tell which names exist.
        boolean matched = hasher.matches(candidate, account.map(UserAccount::passwordHash).orElseGet(this::dummyHash));
        CredentialsPolicy.requireMatched(account.isPresent(), matched);
        return issuer.start(account.get().user(), clock.instant().truncatedTo(ChronoUnit.MILLIS));
    }

    private PasswordHash dummyHash() {
        PasswordHash hash = dummyHash;
        if (hash == null) {
            hash = hasher.hash(new Password(UUID.randomUUID().toString()));
            dummyHash = hash;
        }
        return hash;
    }
}
