package dev.parley.adapter.jdbc.postgresql;

import dev.parley.adapter.jdbc.support.TestDatabase;
import dev.parley.ports.out.contract.UsersContract;
import dev.parley.ports.out.contract.Stores;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresUsersTest extends UsersContract {
    @RegisterExtension
    static final TestDatabase DATABASE = TestDatabase.postgresql();

    @Override
    protected Stores newStores() {
        return DATABASE.stores();
    }
}
