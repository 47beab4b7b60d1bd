package dev.parley.adapter.jdbc.sqlite;

import dev.parley.adapter.jdbc.support.PositionOnlyCursorContract;
import dev.parley.adapter.jdbc.support.TestDatabase;
import dev.parley.ports.out.contract.Stores;
import org.junit.jupiter.api.extension.RegisterExtension;

class SqlitePositionOnlyCursorTest extends PositionOnlyCursorContract {
    @RegisterExtension
    static final TestDatabase DATABASE = TestDatabase.sqlite();

    @Override
    protected Stores newStores() {
        return DATABASE.stores();
    }

    @Override
    protected String jdbcUrl() {
        return DATABASE.jdbcUrl();
    }
}
