package dev.parley.adapter.jdbc.sqlite;

import dev.parley.adapter.jdbc.support.TestDatabase;
import dev.parley.ports.out.contract.ConcurrentAppendsContract;
import dev.parley.ports.out.contract.Stores;
import org.junit.jupiter.api.extension.RegisterExtension;

class SqliteConcurrentAppendsTest extends ConcurrentAppendsContract {
    @RegisterExtension
    static final TestDatabase DATABASE = TestDatabase.sqlite();

    @Override
    protected Stores newStores() {
        return DATABASE.stores();
    }
}
