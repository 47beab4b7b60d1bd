package dev.parley.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.adapter.inmemory.InMemoryNetwork;
import dev.parley.ports.client.AgentHost;
import dev.parley.ports.client.Conversation;
import dev.parley.ports.client.ParleyClient;
import dev.parley.ports.model.AgentCard;
import dev.parley.ports.model.AgentName;
import dev.parley.ports.model.Content;
import dev.parley.ports.model.MessageType;
import dev.parley.ports.model.UserId;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The pattern for testing an agent: a network in the test's own JVM, no server, and the faults a real network has.
 * Deliveries here run on the sending thread, so each step is done when its call returns.
 */
class SellerAgentTest {
    private static final AgentName ASSISTANT = new AgentName("assistant");
    private static final Duration SOON = Duration.ofSeconds(5);

    private final InMemoryNetwork network = InMemoryNetwork.create();
    private final ParleyClient alice = network.newUser("alice");
    private final ParleyClient bob = network.newUser("bob");
    private final SellerAgent seller = new SellerAgent();
    private final UserId bobId = bob.me().join().id();
    private final AgentHost buyer;

    SellerAgentTest() {
        Accounts.befriend(alice, bob);
        AgentHost.newBuilder(bob).agent(AgentCard.of("assistant", "sells", "assistant"), seller)
                .reconnectBackoff(Duration.ofMillis(10), Duration.ofMillis(100)).buildAsync().join();
        buyer = AgentHost.newBuilder(alice).agent(AgentCard.of("assistant", "buys", "assistant"), message -> { })
                .buildAsync().join();
    }

    @Test
    void aProposalIsAccepted() {
        Conversation deal = buyer.open(bobId, ASSISTANT, MessageType.PROPOSAL, Content.text("olives?")).join();

        assertThat(deal.nextReply(SOON).join().type()).isEqualTo(MessageType.ACCEPTANCE);
    }

    @Test
    void aTaskDeliveredTwiceIsDoneOnce() {
        Conversation deal = accepted();
        network.faults("bob").duplicateNext(1);

        deal.reply(MessageType.TASK, Content.text("deliver")).join();

        assertThat(deal.nextReply(SOON).join().type()).isEqualTo(MessageType.WAIT);
        assertThat(deal.nextReply(SOON).join().type()).isEqualTo(MessageType.INFORMATION);
        assertThat(seller.tasksDone()).isEqualTo(1);
    }

    @Test
    void aTaskLostOnTheWayIsDoneOnceTheConnectionComesBack() {
        Conversation deal = accepted();
        network.faults("bob").dropNext(1);
        deal.reply(MessageType.TASK, Content.text("deliver")).join();
        assertThat(seller.tasksDone()).isZero();

        network.takeOffline("bob");
        network.bringOnline("bob");

        assertThat(deal.nextReply(SOON).join().type()).isEqualTo(MessageType.WAIT);
        assertThat(deal.nextReply(SOON).join().type()).isEqualTo(MessageType.INFORMATION);
        assertThat(seller.tasksDone()).isEqualTo(1);
    }

    private Conversation accepted() {
        Conversation deal = buyer.open(bobId, ASSISTANT, MessageType.PROPOSAL, Content.text("olives?")).join();
        deal.nextReply(SOON).join();
        return deal;
    }
}
