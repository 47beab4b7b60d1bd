package dev.parley.ports.out.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.ports.model.AgentName;
import dev.parley.ports.model.AgentSelection;
import dev.parley.ports.model.HistoryQuery;
import dev.parley.ports.model.Message;
import dev.parley.ports.model.Seq;
import dev.parley.ports.model.User;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link dev.parley.ports.out.Mailboxes} store does: pending messages per recipient, by agent selection. */
public abstract class MailboxesContract extends StoreContract {
    private static final AgentSelection PLANNER = AgentSelection.only(Set.of(new AgentName("planner")));

    private User alice;
    private User bob;

    @BeforeEach
    void twoUsers() {
        alice = storedUser("alice");
        bob = storedUser("bob");
    }

    @Test
    void pendingMessagesComeInSeqOrderAfterTheCursorUpToTheLimit() {
        List<Message> sent = List.of(append("planner"), append("planner"), append("planner"), append("planner"));

        assertThat(pending(AgentSelection.all(), Seq.ZERO, 10)).containsExactlyElementsOf(sent);
        assertThat(pending(AgentSelection.all(), new Seq(1), 2)).containsExactly(sent.get(1), sent.get(2));
        assertThat(stores.mailboxes().pending(alice.id(), AgentSelection.all(), Seq.ZERO, 10)).isEmpty();
    }

    @Test
    void acknowledgingHandlesEverythingUpToTheSeq() {
        append("planner");
        append("planner");
        Message third = append("planner");

        stores.mailboxes().acknowledge(bob.id(), AgentSelection.all(), new Seq(2));

        assertThat(pending(AgentSelection.all(), Seq.ZERO, 10)).containsExactly(third);
    }

    @Test
    void acknowledgedMessagesStayInTheStoreAndInHistory() {
        List<Message> sent = List.of(append("planner"), append("helper"), append("planner"));

        stores.mailboxes().acknowledge(bob.id(), AgentSelection.all(), new Seq(3));

        assertThat(pending(AgentSelection.all(), Seq.ZERO, 10)).isEmpty();
        assertThat(sent).allSatisfy(message -> assertThat(stores.messages().byId(message.id())).contains(message));
        assertThat(stores.messages().history(bob.id(), HistoryQuery.everything()).messages()).containsExactlyElementsOf(sent);
    }

    @Test
    void aSelectionSeesItsAgentsMessagesAndThoseToTheUser() {
        Message toPlanner = append("planner");
        Message toHelper = append("helper");
        Message toUser = stores.messages().append(MessageDrafts.from(alice, bob).build()).message();

        assertThat(pending(PLANNER, Seq.ZERO, 10)).containsExactly(toPlanner, toUser);
        assertThat(pending(AgentSelection.all(), Seq.ZERO, 10)).containsExactly(toPlanner, toHelper, toUser);
    }

    @Test
    void acknowledgingForASelectionLeavesOtherAgentsMessagesPending() {
        append("planner");
        Message toHelper = append("helper");
        stores.messages().append(MessageDrafts.from(alice, bob).build());

        stores.mailboxes().acknowledge(bob.id(), PLANNER, new Seq(3));

        assertThat(pending(AgentSelection.all(), Seq.ZERO, 10)).containsExactly(toHelper);
    }

    @Test
    void theLimitCountsOnlySelectedMessages() {
        append("helper");
        append("helper");
        Message toPlanner = append("planner");

        assertThat(pending(PLANNER, Seq.ZERO, 1)).containsExactly(toPlanner);
    }

    @Test
    void thePendingCountOfAnAgentCountsOnlyItsUnacknowledgedMessages() {
        append("planner");
        append("helper");
        append("planner");
        stores.messages().append(MessageDrafts.from(alice, bob).build());

        assertThat(count(Optional.of(new AgentName("planner")))).isEqualTo(2);
        assertThat(count(Optional.of(new AgentName("helper")))).isEqualTo(1);
        assertThat(count(Optional.of(new AgentName("nobody")))).isZero();
        assertThat(stores.mailboxes().pendingCount(alice.id(), Optional.of(new AgentName("planner")))).isZero();
    }

    @Test
    void thePendingCountWithoutAnAgentCountsTheMessagesToTheUser() {
        append("planner");
        stores.messages().append(MessageDrafts.from(alice, bob).build());
        stores.messages().append(MessageDrafts.from(alice, bob).build());

        assertThat(count(Optional.empty())).isEqualTo(2);
    }

    @Test
    void acknowledgedMessagesLeaveThePendingCount() {
        append("planner");
        append("helper");
        append("planner");

        stores.mailboxes().acknowledge(bob.id(), PLANNER, new Seq(1));

        assertThat(count(Optional.of(new AgentName("planner")))).isEqualTo(1);
        assertThat(count(Optional.of(new AgentName("helper")))).isEqualTo(1);
    }

    @Test
    void anIdempotentRepeatAddsNothingToThePendingCount() {
        stores.messages().append(MessageDrafts.from(alice, bob).toAgent("planner").key("k-1").build());
        stores.messages().append(MessageDrafts.from(alice, bob).toAgent("planner").key("k-1").build());

        assertThat(count(Optional.of(new AgentName("planner")))).isEqualTo(1);
    }

    private long count(Optional<AgentName> agent) {
        return stores.mailboxes().pendingCount(bob.id(), agent);
    }

    private Message append(String agent) {
        return stores.messages().append(MessageDrafts.from(alice, bob).toAgent(agent).build()).message();
    }

    private List<Message> pending(AgentSelection selection, Seq after, int limit) {
        return stores.mailboxes().pending(bob.id(), selection, after, limit);
    }
}
