package dev.parley.adapter.inmemory.agentapi;

import dev.parley.adapter.inmemory.InMemoryNetwork;
import dev.parley.ports.client.ParleyClient;
import dev.parley.ports.model.AgentCard;
import dev.parley.ports.model.AgentName;
import dev.parley.ports.model.HistoryQuery;
import dev.parley.ports.model.Message;
import dev.parley.ports.model.User;
import java.util.List;
import java.util.UUID;

/** Alice and Bob, friends on a fresh synchronous network, each with an agent {@code desk}. */
final class Pair {
    static final AgentName DESK = new AgentName("desk");

    final InMemoryNetwork network;
    final ParleyClient alice;
    final ParleyClient bob;
    final User aliceUser;
    final User bobUser;

    Pair(InMemoryNetwork network) {
        this.network = network;
        this.alice = network.newUser("alice_" + UUID.randomUUID().toString().substring(0, 8));
        this.bob = network.newUser("bob_" + UUID.randomUUID().toString().substring(0, 8));
        this.aliceUser = alice.me().join();
        this.bobUser = bob.me().join();
        alice.sendFriendRequest(bobUser.username()).join();
        bob.acceptFriendRequest(aliceUser.username()).join();
        alice.registerAgent(AgentCard.of("desk", "alice's desk", "assistant")).join();
        bob.registerAgent(AgentCard.of("desk", "bob's desk", "assistant")).join();
    }

    static Pair onSynchronousNetwork() {
        return new Pair(InMemoryNetwork.create());
    }

    /** Every message the client's user sent or received, oldest first. */
    static List<Message> history(ParleyClient client) {
        return client.history(HistoryQuery.everything()).join().messages();
    }
}
