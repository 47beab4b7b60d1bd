package dev.parley.adapter.jdbc.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.adapter.jdbc.DatabaseInUseException;
import dev.parley.adapter.jdbc.JdbcStores;
import dev.parley.ports.model.User;
import dev.parley.ports.model.UserAccount;
import dev.parley.ports.out.contract.TestData;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How a {@code jdbc:sqlite:} URL becomes a database file, and how that file is set up. */
class SqliteFileTest {
    @TempDir
    Path folder;

    @Test
    void theFileAndItsMissingFoldersAreMade() {
        Path file = folder.resolve("data/nested/parley.db");

        try (JdbcStores stores = JdbcStores.open("jdbc:sqlite:" + file)) {
            assertThat(file).isRegularFile();
        }
    }

    @Test
    void theFileIsInWriteAheadLogMode() throws Exception {
        Path file = folder.resolve("parley.db");
        try (JdbcStores stores = JdbcStores.open("jdbc:sqlite:" + file);
                Connection raw = DriverManager.getConnection("jdbc:sqlite:" + file);
                ResultSet mode = raw.createStatement().executeQuery("PRAGMA journal_mode")) {
            mode.next();
            assertThat(mode.getString(1)).isEqualToIgnoringCase("wal");
        }
    }

    @Test
    void foreignKeysAreEnforced() {
        User ghost = TestData.user("ghost");
        try (JdbcStores stores = JdbcStores.open("jdbc:sqlite:" + folder.resolve("parley.db"))) {
            assertThatThrownBy(() -> stores.agents().add(TestData.agent(ghost, "planner")))
                    .isInstanceOf(RuntimeException.class)
                    .hasStackTraceContaining("FOREIGN KEY");
            assertThat(stores.agents().ownedBy(ghost.id())).isEmpty();
        }
    }

    @Test
    void aFileOpenInOneStoreIsRefusedToASecondWhichDisturbsNothing() {
        String url = "jdbc:sqlite:" + folder.resolve("parley.db");
        UserAccount account = TestData.account("alice");
        User alice = account.user();
        try (JdbcStores first = JdbcStores.open(url)) {
            assertThatThrownBy(() -> JdbcStores.open(url))
                    .isInstanceOf(DatabaseInUseException.class)
                    .hasMessageContaining("already open")
                    .hasMessageContaining("PostgreSQL");

            first.users().add(account);
            assertThat(first.users().byId(alice.id())).contains(alice);
        }
        try (JdbcStores reopened = JdbcStores.open(url)) {
            assertThat(reopened.users().byId(alice.id())).contains(alice);
        }
    }

    @Test
    void anInMemoryDatabaseIsRefused() {
        assertThatThrownBy(() -> JdbcStores.open("jdbc:sqlite::memory:"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("needs a file");
    }

    @Test
    void anotherDatabaseIsRefusedWithoutRepeatingItsPassword() {
        assertThatThrownBy(() -> JdbcStores.open("jdbc:mysql://db.example/parley?user=parley&password=s3cret"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("jdbc:mysql://db.example/parley")
                .hasMessageNotContaining("s3cret");
    }
}
