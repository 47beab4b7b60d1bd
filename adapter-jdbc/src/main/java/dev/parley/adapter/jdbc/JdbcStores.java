package dev.parley.adapter.jdbc;

import dev.parley.ports.out.Agents;
import dev.parley.ports.out.Friendships;
import dev.parley.ports.out.IdGenerator;
import dev.parley.ports.out.LoginSessions;
import dev.parley.ports.out.Mailboxes;
import dev.parley.ports.out.Messages;
import dev.parley.ports.out.Users;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every store port on one SQLite file or PostgreSQL database, migrated on open. Close it to release the pools.
 *
 * <pre>{@code
 * try (JdbcStores stores = JdbcStores.open("jdbc:sqlite:./data/parley.db")) { … stores.messages() … }
 * }</pre>
 */
public final class JdbcStores implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(JdbcStores.class);

    private final Database database;
    private final JdbcUsers users;
    private final JdbcFriendships friendships;
    private final JdbcAgents agents;
    private final JdbcMessages messages;
    private final JdbcMailboxes mailboxes;
    private final JdbcLoginSessions loginSessions;
    private final IdGenerator ids = new TimeOrderedIds();

    private JdbcStores(Database database) {
        this.database = database;
        this.users = new JdbcUsers(database);
        this.friendships = new JdbcFriendships(database);
        this.agents = new JdbcAgents(database);
        PendingTally tally = PendingTally.on(database);
        this.messages = new JdbcMessages(database, tally);
        this.mailboxes = new JdbcMailboxes(database, tally);
        this.loginSessions = new JdbcLoginSessions(database);
    }

    /**
     * Opens {@code jdbc:sqlite:PATH} (the file and its folder are made when missing) or {@code jdbc:postgresql://…}
     * (user and password, if any, in the URL's query string).
     *
     * @throws IllegalArgumentException for any other URL, or an in-memory SQLite one
     * @throws DatabaseInUseException when the SQLite file is open in another server or store (one writes it at a time)
     */
    public static JdbcStores open(String jdbcUrl) {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        return open(jdbcUrl, Optional.empty(), Optional.empty());
    }

    /** Opens a database that takes a user name and password beside its URL. */
    public static JdbcStores open(String jdbcUrl, String user, String password) {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        return open(jdbcUrl, Optional.of(user), Optional.of(password));
    }

    private static JdbcStores open(String jdbcUrl, Optional<String> user, Optional<String> password) {
        Database database = Database.open(jdbcUrl, user, password);
        try {
            JdbcStores stores = new JdbcStores(database);
            LOG.info("Opened the {} store at {}", database.vendor(), Redacted.url(jdbcUrl));
            return stores;
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    public Users users() {
        return users;
    }

    public Friendships friendships() {
        return friendships;
    }

    public Agents agents() {
        return agents;
    }

    public Messages messages() {
        return messages;
    }

    public Mailboxes mailboxes() {
        return mailboxes;
    }

    public LoginSessions loginSessions() {
        return loginSessions;
    }

    /** Ids suited to this database's indexes (they follow time): see {@link TimeOrderedIds}. */
    public IdGenerator ids() {
        return ids;
    }

    @Override
    public void close() {
        database.close();
    }
}
