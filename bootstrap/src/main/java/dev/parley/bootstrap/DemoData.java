package dev.parley.bootstrap;

import dev.parley.domain.Parley;
import dev.parley.ports.model.AgentCard;
import dev.parley.ports.model.Password;
import dev.parley.ports.model.User;
import dev.parley.ports.model.Username;
import java.util.List;
import java.util.Optional;

/**
 * The {@code --demo} data: alice, bob and charlie (password {@code password123}), alice–bob and bob–charlie friends,
 * each with an agent {@code assistant}. Seeding is idempotent, so {@code --demo} on a database that already has
 * them starts as well: what exists is kept as it is.
 */
final class DemoData {
    static final String PASSWORD = "password123";
    static final List<String> USERS = List.of("alice", "bob", "charlie");

    private DemoData() {
    }

    static void seed(Parley parley) {
        User alice = signUpWithAssistant(parley, "alice");
        User bob = signUpWithAssistant(parley, "bob");
        User charlie = signUpWithAssistant(parley, "charlie");
        befriend(parley, alice, bob);
        befriend(parley, bob, charlie);
    }

    private static User signUpWithAssistant(Parley parley, String name) {
        Username username = new Username(name);
        Optional<User> existing = parley.findUser(username);
        if (existing.isPresent()) {
            return existing.get();
        }
        User user = parley.signUp().signUp(username, new Password(PASSWORD));
        parley.registerAgent().registerAgent(user.id(),
                AgentCard.of("assistant", name + "'s general-purpose assistant", "assistant", "chat"));
        return user;
    }

    private static void befriend(Parley parley, User one, User other) {
        boolean friends = parley.listFriends().listFriends(one.id()).stream()
                .anyMatch(friend -> friend.user().id().equals(other.id()));
        if (!friends) {
            parley.sendFriendRequest().sendFriendRequest(one.id(), other.username());
            parley.acceptFriendRequest().acceptFriendRequest(other.id(), one.username());
        }
    }
}
