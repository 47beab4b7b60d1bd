package dev.parley.adapter.inmemory.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.adapter.inmemory.InMemoryOutbound;
import dev.parley.domain.DomainSettings;
import dev.parley.domain.Parley;
import dev.parley.ports.model.AgentCard;
import dev.parley.ports.model.AgentName;
import dev.parley.ports.model.AgentSelection;
import dev.parley.ports.model.Content;
import dev.parley.ports.model.ErrorCode;
import dev.parley.ports.model.HistoryQuery;
import dev.parley.ports.model.IdempotencyKey;
import dev.parley.ports.model.Message;
import dev.parley.ports.model.MessageType;
import dev.parley.ports.model.OutgoingMessage;
import dev.parley.ports.model.ParleyException;
import dev.parley.ports.model.Password;
import dev.parley.ports.model.User;
import dev.parley.ports.model.Username;
import java.time.Clock;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The domain's mailbox limit on the in-memory stores: a full recipient agent refuses senders until it acknowledges. */
class MailboxLimitTest {
    private final Parley parley = Parley.create(InMemoryOutbound.create(Clock.systemUTC()),
            DomainSettings.defaults().withMaxPendingPerAgent(2));
    private User alice;
    private User bob;

    @BeforeEach
    void friendsWithAgents() {
        alice = signUp("alice");
        bob = signUp("bob");
        parley.registerAgent().registerAgent(bob.id(), AgentCard.of("inbox", "bob's inbox", "assistant"));
        parley.registerAgent().registerAgent(bob.id(), AgentCard.of("desk", "bob's desk", "assistant"));
        parley.sendFriendRequest().sendFriendRequest(alice.id(), bob.username());
        parley.acceptFriendRequest().acceptFriendRequest(bob.id(), alice.username());
    }

    @Test
    void oneMessageOverTheLimitIsRefusedAsRateLimited() {
        send("inbox");
        send("inbox");

        assertThatThrownBy(() -> send("inbox")).isInstanceOfSatisfying(ParleyException.class,
                refusal -> assertThat(refusal.code()).isEqualTo(ErrorCode.RATE_LIMITED));
        assertThat(parley.readHistory().readHistory(bob.id(), HistoryQuery.everything()).messages()).hasSize(2);
    }

    @Test
    void theLimitIsPerRecipientAgent() {
        send("inbox");
        send("inbox");

        assertThat(send("desk").recipientAgent()).contains(new AgentName("desk"));
    }

    @Test
    void acknowledgingMakesRoomAgain() {
        send("inbox");
        Message second = send("inbox");

        parley.acknowledgeMessages().acknowledge(bob.id(), AgentSelection.all(), second.seq());

        assertThat(send("inbox").seq().value()).isEqualTo(3);
    }

    @Test
    void anIdempotentRepeatIsAnsweredEvenWhenTheMailboxIsFull() {
        IdempotencyKey key = new IdempotencyKey("k-1");
        Message first = parley.sendMessage().sendMessage(alice.id(), bob.id(), opening("inbox").withIdempotencyKey(key));
        send("inbox");

        assertThat(parley.sendMessage().sendMessage(alice.id(), bob.id(), opening("inbox").withIdempotencyKey(key)))
                .isEqualTo(first);
    }

    private Message send(String agent) {
        return parley.sendMessage().sendMessage(alice.id(), bob.id(), opening(agent));
    }

    private static OutgoingMessage opening(String agent) {
        return OutgoingMessage.opening(MessageType.INFORMATION, new AgentName(agent), Content.text("hello"));
    }

    private User signUp(String prefix) {
        return parley.signUp().signUp(new Username(prefix + UUID.randomUUID().toString().substring(0, 8)),
                new Password("correct horse battery"));
    }
}
