package dev.parley.domain.account;

import dev.parley.ports.model.ErrorCode;
import dev.parley.ports.model.ParleyException;
import dev.parley.ports.model.User;
import dev.parley.ports.model.UserAccount;
import dev.parley.ports.model.UserId;
import dev.parley.ports.model.Username;
import dev.parley.ports.out.Users;
import java.util.Optional;

/** Looks users up for the other services, refusing an unknown one with {@code user_not_found}. */
public final class UserDirectory {
    private final Users users;

    public UserDirectory(Users users) {
        this.users = users;
    }

    public Optional<User> find(UserId id) {
        return users.byId(id);
    }

    public Optional<User> find(Username username) {
        return users.byUsername(username).map(UserAccount::user);
    }

    public User require(UserId id) {
        return find(id).orElseThrow(() -> notFound("user_id", id.value()));
    }

    public User require(Username username) {
        return find(username).orElseThrow(() -> notFound("username", username.value()));
    }

    private static ParleyException notFound(String field, String value) {
        return new ParleyException(ErrorCode.USER_NOT_FOUND, field + ": no user " + value);
    }
}
