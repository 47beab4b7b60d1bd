package dev.parley.adapter.jdbc.postgresql;

import dev.parley.adapter.jdbc.support.PositionOnlyCursorContract;
import dev.parley.adapter.jdbc.support.TestDatabase;
import dev.parley.ports.out.contract.Stores;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresPositionOnlyCursorTest extends PositionOnlyCursorContract {
    @RegisterExtension
    static final TestDatabase DATABASE = TestDatabase.postgresql();

    @Override
    protected Stores newStores() {
        return DATABASE.stores();
    }

    @Override
    protected String jdbcUrl() {
        return DATABASE.jdbcUrl();
    }
}
