package dev.parley.ports.client.contract;

import dev.parley.ports.client.ParleyClient;
import dev.parley.ports.model.User;
import dev.parley.ports.model.UserId;
import dev.parley.ports.model.Username;
import java.util.Objects;

/** A user of the network under test, with the logged-in client that acts for them. */
public record Member(ParleyClient client, User user, String password) {
    public Member {
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
    }

    public UserId id() {
        return user.id();
    }

    public Username name() {
        return user.username();
    }
}
