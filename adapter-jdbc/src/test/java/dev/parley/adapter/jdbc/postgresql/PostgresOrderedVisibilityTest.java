package dev.parley.adapter.jdbc.postgresql;

import dev.parley.adapter.jdbc.support.OrderedVisibilityContract;
import dev.parley.adapter.jdbc.support.TestDatabase;
import dev.parley.ports.out.contract.Stores;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresOrderedVisibilityTest extends OrderedVisibilityContract {
    @RegisterExtension
    static final TestDatabase DATABASE = TestDatabase.postgresql();

    @Override
    protected Stores newStores() {
        return DATABASE.stores();
    }
}
