package dev.parley.examples;

import dev.parley.ports.client.AgentHost;
import dev.parley.ports.client.ParleyClient;
import dev.parley.ports.model.AgentCard;
import dev.parley.ports.model.Message;
import java.net.URI;
import java.time.Duration;
import java.util.List;

/**
 * Two agents negotiate: alice's {@code assistant} buys, bob's {@code assistant} sells. The same code runs against a
 * server ({@code ws://localhost:8080}, started with {@code --demo}) and on an in-memory network ({@code mem:demo}).
 */
public final class Negotiation {
    private static final Duration PATIENCE = Duration.ofSeconds(10);

    private Negotiation() {
    }

    /** Runs one negotiation where {@code server} points; answers its transcript, oldest first. */
    public static List<Message> run(URI server) {
        try (ParleyClient alice = Accounts.loggedIn(server, "alice", Accounts.DEMO_PASSWORD);
             ParleyClient bob = Accounts.loggedIn(server, "bob", Accounts.DEMO_PASSWORD)) {
            Accounts.befriend(alice, bob);
            try (AgentHost seller = AgentHost.newBuilder(bob).agent(assistant("bob"), new SellerAgent()).buildAsync().join();
                 AgentHost buyer = AgentHost.newBuilder(alice).agent(assistant("alice"), message -> { }).buildAsync().join()) {
                return new Buyer(buyer, PATIENCE).negotiate(bob.me().join().id(), seller.agents().iterator().next());
            }
        }
    }

    private static AgentCard assistant(String owner) {
        return AgentCard.of("assistant", owner + "'s general-purpose assistant", "assistant", "chat");
    }
}
