package dev.parley.examples;

import dev.parley.ports.client.Failures;
import dev.parley.ports.client.ParleyClient;
import dev.parley.ports.client.ParleyClients;
import dev.parley.ports.model.ErrorCode;
import dev.parley.ports.model.FriendRequestStatus;
import dev.parley.ports.model.Password;
import dev.parley.ports.model.User;
import dev.parley.ports.model.Username;
import java.net.URI;
import java.util.concurrent.CompletionException;

/**
 * Getting a user ready wherever the URI points: log in, or sign up first when the account does not exist yet (on a
 * fresh in-memory network); befriend, tolerating a friendship that already exists (on a {@code --demo} server).
 */
final class Accounts {
    /** The password of the {@code --demo} users. */
    static final String DEMO_PASSWORD = "password123";

    private Accounts() {
    }

    /** A client of {@code server} logged in as {@code name}, signed up first if needed. */
    static ParleyClient loggedIn(URI server, String name, String password) {
        ParleyClient client = ParleyClients.create(server);
        try {
            client.logIn(name, password).join();
        } catch (CompletionException failed) {
            if (!Failures.hasCode(failed, ErrorCode.INVALID_CREDENTIALS)) {
                throw failed;
            }
            client.signUp(new Username(name), new Password(password)).join();
            client.logIn(name, password).join();
        }
        return client;
    }

    /** Makes the two users friends unless they are already. */
    static void befriend(ParleyClient one, ParleyClient other) {
        User them = other.me().join();
        try {
            if (one.sendFriendRequest(them.username()).join() == FriendRequestStatus.PENDING) {
                other.acceptFriendRequest(one.me().join().username()).join();
            }
        } catch (CompletionException failed) {
            if (!Failures.hasCode(failed, ErrorCode.ALREADY_FRIENDS)) {
                throw failed;
            }
        }
    }
}
