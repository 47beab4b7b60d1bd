package dev.parley.domain.account;

import dev.parley.ports.in.SignUpUseCase;
import dev.parley.ports.model.ErrorCode;
import dev.parley.ports.model.ParleyException;
import dev.parley.ports.model.Password;
import dev.parley.ports.model.User;
import dev.parley.ports.model.UserAccount;
import dev.parley.ports.model.UserId;
import dev.parley.ports.model.Username;
import dev.parley.ports.out.IdGenerator;
import dev.parley.ports.out.PasswordHasher;
import dev.parley.ports.out.Users;
import java.time.Clock;
import java.time.temporal.ChronoUnit;

/** Creates accounts; usernames are unique ignoring case. */
public final class SignUpService implements SignUpUseCase {
    private final Users users;
    private final PasswordHasher hasher;
    private final IdGenerator ids;
    private final Clock clock;

    public SignUpService(Users users, PasswordHasher hasher, IdGenerator ids, Clock clock) {
        this.users = users;
        this.hasher = hasher;
        this.ids = ids;
        this.clock = clock;
    }

    @Override
    public User signUp(Username username, Password password) {
        if (users.byUsername(username).isPresent()) {
            throw taken(username);
        }
        User user = new User(new UserId(ids.newId()), username, clock.instant().truncatedTo(ChronoUnit.MILLIS));
        if (!users.add(new UserAccount(user, hasher.hash(password)))) {
            throw taken(username);
        }
        return user;
    }

    private static ParleyException taken(Username username) {
        return new ParleyException(ErrorCode.USERNAME_TAKEN, "username: " + username.value() + " is taken");
    }
}
