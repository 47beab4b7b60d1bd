package dev.parley.adapter.inmemory.network;

import dev.parley.adapter.inmemory.InMemoryNetwork;
import dev.parley.ports.client.MessageStream;
import dev.parley.ports.client.ParleyClient;
import dev.parley.ports.client.contract.RecordingListener;
import dev.parley.ports.model.AgentCard;
import dev.parley.ports.model.AgentName;
import dev.parley.ports.model.AgentSelection;
import dev.parley.ports.model.Content;
import dev.parley.ports.model.Message;
import dev.parley.ports.model.MessageType;
import dev.parley.ports.model.OutgoingMessage;
import dev.parley.ports.model.User;
import java.util.UUID;

/** Alice and Bob, friends on one network; Bob has a "helper" agent; Bob's stream records what it hears. */
final class TwoFriends {
    final InMemoryNetwork network;
    final ParleyClient alice;
    final ParleyClient bob;
    final User bobUser;
    final String bobName;
    final RecordingListener bobHears = new RecordingListener();

    TwoFriends(InMemoryNetwork network) {
        this.network = network;
        String aliceName = "alice_" + UUID.randomUUID().toString().substring(0, 8);
        this.bobName = "bob_" + UUID.randomUUID().toString().substring(0, 8);
        this.alice = network.newUser(aliceName);
        this.bob = network.newUser(bobName);
        this.bobUser = bob.me().join();
        alice.sendFriendRequest(bobUser.username()).join();
        bob.acceptFriendRequest(alice.me().join().username()).join();
        bob.registerAgent(AgentCard.of("helper", "helps", "assistant")).join();
    }

    MessageStream connectBob() {
        return bob.connect(AgentSelection.all(), bobHears).join();
    }

    Message aliceSends(String text) {
        return alice.send(bobUser.id(), OutgoingMessage.opening(MessageType.INFORMATION, new AgentName("helper"),
                Content.text(text))).join();
    }
}
