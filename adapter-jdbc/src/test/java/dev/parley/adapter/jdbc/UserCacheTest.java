package dev.parley.adapter.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.ports.model.PasswordHash;
import dev.parley.ports.model.User;
import dev.parley.ports.model.UserAccount;
import dev.parley.ports.model.UserId;
import dev.parley.ports.model.Username;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Users by id are cached per store (they never change); two stores on one PostgreSQL database stand for two nodes. */
class UserCacheTest {
    private static final User ALICE = new User(new UserId("u-alice"), new Username("alice"), Instant.parse("2026-11-26T04:00:00Z"));

    private ScratchDatabase scratch;
    private JdbcStores nodeA;
    private JdbcStores nodeB;

    @BeforeEach
    void open() throws Exception {
        scratch = ScratchDatabase.create(Vendor.POSTGRESQL);
        nodeA = JdbcStores.open(scratch.url());
        nodeB = JdbcStores.open(scratch.url());
    }

    @AfterEach
    void close() throws Exception {
        nodeA.close();
        nodeB.close();
        scratch.drop();
    }

    @Test
    void aUserNotFoundIsLookedUpAgainSoOneAddedByAnotherNodeIsFound() {
        assertThat(nodeA.users().byId(ALICE.id())).isEmpty();

        nodeB.users().add(new UserAccount(ALICE, new PasswordHash("test$hash")));

        assertThat(nodeA.users().byId(ALICE.id())).contains(ALICE);
    }

    @Test
    void aUserFoundOnceIsAnsweredFromTheCache() throws SQLException {
        nodeA.users().add(new UserAccount(ALICE, new PasswordHash("test$hash")));
        assertThat(nodeA.users().byId(ALICE.id())).contains(ALICE);

        try (Connection connection = DriverManager.getConnection(scratch.url()); Statement statement = connection.createStatement()) {
            statement.executeUpdate("UPDATE users SET username = 'renamed' WHERE id = 'u-alice'");
        }

        assertThat(nodeA.users().byId(ALICE.id())).contains(ALICE);
        assertThat(nodeB.users().byId(ALICE.id()).map(User::username)).contains(new Username("renamed"));
    }
}
