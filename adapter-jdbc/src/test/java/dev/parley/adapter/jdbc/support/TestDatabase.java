package dev.parley.adapter.jdbc.support;

import dev.parley.adapter.jdbc.JdbcStores;
import dev.parley.ports.out.contract.Stores;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One empty database per test class, opened through {@link JdbcStores} before its first test and closed after its
 * last: register it as a static {@code @RegisterExtension} field.
 */
public abstract class TestDatabase implements BeforeAllCallback, AfterAllCallback {
    private JdbcStores stores;
    private String jdbcUrl;

    public static TestDatabase sqlite() {
        return new SqliteTestDatabase();
    }

    public static TestDatabase postgresql() {
        return new PostgresTestDatabase();
    }

    /** Makes a new, empty database and answers its JDBC URL. */
    protected abstract String create() throws Exception;

    /** Drops what {@link #create()} made. */
    protected abstract void destroy() throws Exception;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        jdbcUrl = create();
        stores = JdbcStores.open(jdbcUrl);
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        stores.close();
        destroy();
    }

    /** The URL of this class's database, to open it again or look inside. */
    public String jdbcUrl() {
        return jdbcUrl;
    }

    public JdbcStores jdbcStores() {
        return stores;
    }

    /** The ports of this class's database, as the contract suites take them. */
    public Stores stores() {
        return of(stores);
    }

    public static Stores of(JdbcStores stores) {
        return new Stores(stores.users(), stores.friendships(), stores.agents(), stores.messages(), stores.mailboxes(),
                stores.loginSessions());
    }
}
