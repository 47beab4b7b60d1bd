package dev.parley.adapter.jdbc.support;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.adapter.jdbc.JdbcStores;
import dev.parley.ports.model.AgentName;
import dev.parley.ports.model.AgentSelection;
import dev.parley.ports.model.Message;
import dev.parley.ports.model.Seq;
import dev.parley.ports.model.User;
import dev.parley.ports.model.UserAccount;
import dev.parley.ports.out.contract.MessageDrafts;
import dev.parley.ports.out.contract.TestData;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What opening a database does to its schema, and what survives closing and opening it again. */
public abstract class ReopeningContract {

    /** The URL of a new, empty database. */
    protected abstract String emptyDatabase() throws Exception;

    @Test
    void openingAnEmptyDatabaseAppliesEveryMigration() throws Exception {
        String url = emptyDatabase();
        try (JdbcStores stores = JdbcStores.open(url)) {
            assertThat(appliedMigrations(url)).containsExactly("1:true", "2:true", "3:true", "4:true", "5:true", "6:true");
            assertThat(stores.users().byUsername(TestData.username("nobody"))).isEmpty();
        }
    }

    @Test
    void reopeningAppliesNothingTwiceAndKeepsEveryMessageWhereItWas() throws Exception {
        String url = emptyDatabase();
        UserAccount alice = TestData.account("alice");
        UserAccount bob = TestData.account("bob");
        Message first;
        try (JdbcStores stores = JdbcStores.open(url)) {
            stores.users().add(alice);
            stores.users().add(bob);
            first = stores.messages().append(MessageDrafts.from(alice.user(), bob.user()).key("k").build()).message();
        }
        List<String> before = appliedMigrations(url);

        try (JdbcStores stores = JdbcStores.open(url)) {
            assertThat(appliedMigrations(url)).isEqualTo(before);
            assertThat(stores.users().byUsername(alice.user().username())).contains(alice);
            assertThat(stores.mailboxes().pending(bob.user().id(), AgentSelection.all(), Seq.ZERO, 10)).containsExactly(first);
            assertThat(stores.messages().append(MessageDrafts.from(alice.user(), bob.user()).key("k").build()).created()).isFalse();
            assertThat(appendTo(stores, alice.user(), bob.user()).seq()).isEqualTo(new Seq(2));
        }
    }

    @Test
    void thePendingCountsAfterReopeningAreThoseTheDatabaseHolds() throws Exception {
        String url = emptyDatabase();
        UserAccount alice = TestData.account("alice");
        UserAccount bob = TestData.account("bob");
        try (JdbcStores stores = JdbcStores.open(url)) {
            stores.users().add(alice);
            stores.users().add(bob);
            for (String agent : List.of("planner", "helper", "planner", "planner")) {
                stores.messages().append(MessageDrafts.from(alice.user(), bob.user()).toAgent(agent).build());
            }
            appendTo(stores, alice.user(), bob.user());
            stores.mailboxes().acknowledge(bob.user().id(), AgentSelection.all(), new Seq(2));
        }

        try (JdbcStores stores = JdbcStores.open(url)) {
            assertThat(stores.mailboxes().pendingCount(bob.user().id(), Optional.of(new AgentName("planner")))).isEqualTo(2);
            assertThat(stores.mailboxes().pendingCount(bob.user().id(), Optional.of(new AgentName("helper")))).isZero();
            assertThat(stores.mailboxes().pendingCount(bob.user().id(), Optional.empty())).isEqualTo(1);
            stores.mailboxes().acknowledge(bob.user().id(), AgentSelection.all(), new Seq(3));
            assertThat(stores.mailboxes().pendingCount(bob.user().id(), Optional.of(new AgentName("planner")))).isEqualTo(1);
        }
    }

    private static Message appendTo(JdbcStores stores, User from, User to) {
        return stores.messages().append(MessageDrafts.from(from, to).build()).message();
    }

    /** "version:success" for each row of Flyway's history. */
    private static List<String> appliedMigrations(String url) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(url);
                ResultSet rs = connection.createStatement().executeQuery(
                        "SELECT version, success FROM flyway_schema_history ORDER BY installed_rank")) {
            while (rs.next()) {
                rows.add(rs.getString("version") + ":" + rs.getBoolean("success"));
            }
        }
        return rows;
    }
}
