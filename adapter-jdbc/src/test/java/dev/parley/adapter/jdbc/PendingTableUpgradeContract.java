package dev.parley.adapter.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.ports.model.AgentName;
import dev.parley.ports.model.AgentSelection;
import dev.parley.ports.model.HistoryQuery;
import dev.parley.ports.model.Message;
import dev.parley.ports.model.Seq;
import dev.parley.ports.model.UserAccount;
import dev.parley.ports.model.UserId;
import dev.parley.ports.out.Mailboxes;
import dev.parley.ports.out.contract.MessageDrafts;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Opening a database whose pending flags are still a column of {@code messages} (versions 1 to 5): version 6 moves
 * them to {@code pending_messages}, and exactly the messages that were pending still are, per agent.
 */
abstract class PendingTableUpgradeContract extends OlderDatabaseContract {
    private static final AgentSelection PLANNER = AgentSelection.only(Set.of(new AgentName("planner")));

    @Test
    void thePendingMessagesAndOnlyThemStayPendingWithTheirCountsPerAgent() throws Exception {
        List<Message> toBob = messagesAtVersion5();

        try (JdbcStores stores = JdbcStores.open(scratch.url())) {
            Mailboxes mailboxes = stores.mailboxes();
            assertThat(pendingOf(mailboxes, bob, AgentSelection.all())).containsExactly(toBob.get(1), toBob.get(4), toBob.get(5),
                    toBob.get(6));
            assertThat(pendingOf(mailboxes, bob, PLANNER)).containsExactly(toBob.get(4), toBob.get(5));
            assertThat(mailboxes.pending(bob.user().id(), AgentSelection.all(), new Seq(5), 1)).containsExactly(toBob.get(5));
            assertThat(pendingOf(mailboxes, carol, AgentSelection.all())).extracting(Message::seq).containsExactly(new Seq(2));
            assertThat(countsOfBob(mailboxes)).containsExactly(1L, 2L, 1L);
        }
    }

    @Test
    void appendingAndAcknowledgingWorkOnTheUpgradedMailboxes() throws Exception {
        List<Message> toBob = messagesAtVersion5();

        try (JdbcStores stores = JdbcStores.open(scratch.url())) {
            Mailboxes mailboxes = stores.mailboxes();
            Message later = stores.messages().append(MessageDrafts.from(alice.user(), bob.user()).toAgent("planner").build())
                    .message();
            assertThat(later.seq()).isEqualTo(new Seq(8));
            assertThat(countsOfBob(mailboxes)).containsExactly(2L, 2L, 1L);

            mailboxes.acknowledge(bob.user().id(), PLANNER, new Seq(8));

            assertThat(pendingOf(mailboxes, bob, AgentSelection.all())).containsExactly(toBob.get(1), toBob.get(6));
            assertThat(countsOfBob(mailboxes)).containsExactly(0L, 2L, 0L);
        }
    }

    @Test
    void thePendingColumnAndItsIndexGiveWayToATableSoAcknowledgingLeavesMessagesAsTheyWere() throws Exception {
        List<Message> toBob = messagesAtVersion5();

        try (JdbcStores stores = JdbcStores.open(scratch.url())) {
            assertThat(older.columnsOf("messages")).contains("recipient_agent").doesNotContain("pending");
            assertThat(older.indexesOf("messages")).contains("messages_recipient_seq").doesNotContain("messages_pending");
            assertThat(older.columnsOf("pending_messages")).containsExactlyInAnyOrder("recipient_id", "seq", "recipient_agent");
            List<String> messagesBefore = rowsOfMessages();

            stores.mailboxes().acknowledge(bob.user().id(), AgentSelection.all(), new Seq(7));

            assertThat(pendingOf(stores.mailboxes(), bob, AgentSelection.all())).isEmpty();
            assertThat(rowsOfMessages()).hasSize(9).isEqualTo(messagesBefore);
            assertThat(stores.messages().history(bob.user().id(), HistoryQuery.everything()).messages()).containsAll(toBob);
        }
    }

    /**
     * The schema up to version 5, seven messages to bob and two to carol written as that version's store wrote them,
     * and acknowledged as it did (clearing the flag): bob's up to seq 4 for planner (seqs 1, 3 and 4), carol's up to
     * seq 1. Answers bob's seven; 2 (helper), 5 (planner), 6 (to bob) and 7 (helper) are left pending.
     */
    private List<Message> messagesAtVersion5() throws SQLException {
        older.migrateTo("5");
        List<Message> toBob = new ArrayList<>();
        try (Connection connection = older.connect()) {
            for (UserAccount account : List.of(alice, bob, carol)) {
                OlderSchema.insertUser(connection, account);
            }
            List<String> agents = Arrays.asList("planner", "helper", null, "planner", "planner", null, "helper");
            for (int i = 0; i < agents.size(); i++) {
                MessageDrafts draft = MessageDrafts.from(alice.user(), bob.user());
                toBob.add((agents.get(i) == null ? draft : draft.toAgent(agents.get(i))).build().numbered(new Seq(i + 1)));
                OlderSchema.insertPendingBeforeVersion6(connection, toBob.get(i));
            }
            MessageDrafts toCarol = MessageDrafts.from(bob.user(), carol.user());
            OlderSchema.insertPendingBeforeVersion6(connection, toCarol.build().numbered(new Seq(1)));
            OlderSchema.insertPendingBeforeVersion6(connection, toCarol.toAgent("planner").build().numbered(new Seq(2)));
            String counter = "INSERT INTO mailbox_counters (user_id, last_seq) VALUES (?, ?)";
            OlderSchema.update(connection, counter, bob.user().id().value(), 7L);
            OlderSchema.update(connection, counter, carol.user().id().value(), 2L);
            String acknowledge = "UPDATE messages SET pending = FALSE WHERE recipient_id = ? AND pending AND seq <= ?"
                    + " AND (recipient_agent IS NULL OR recipient_agent IN (?))";
            OlderSchema.update(connection, acknowledge, bob.user().id().value(), 4L, "planner");
            OlderSchema.update(connection, acknowledge, carol.user().id().value(), 1L, "planner");
        }
        return toBob;
    }

    private static List<Message> pendingOf(Mailboxes mailboxes, UserAccount recipient, AgentSelection agents) {
        return mailboxes.pending(recipient.user().id(), agents, Seq.ZERO, 100);
    }

    /** Bob's pending counts for planner, for helper and for himself. */
    private List<Long> countsOfBob(Mailboxes mailboxes) {
        UserId id = bob.user().id();
        return Stream.of(Optional.of(new AgentName("planner")), Optional.of(new AgentName("helper")), Optional.<AgentName>empty())
                .map(agent -> mailboxes.pendingCount(id, agent))
                .toList();
    }

    /** Every row of {@code messages}, every column, in store order. */
    private List<String> rowsOfMessages() throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection connection = older.connect();
                ResultSet rs = connection.createStatement().executeQuery("SELECT * FROM messages ORDER BY position")) {
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int column = 1; column <= rs.getMetaData().getColumnCount(); column++) {
                    row.append(rs.getMetaData().getColumnName(column)).append('=').append(rs.getString(column)).append(' ');
                }
                rows.add(row.toString());
            }
        }
        return rows;
    }
}
