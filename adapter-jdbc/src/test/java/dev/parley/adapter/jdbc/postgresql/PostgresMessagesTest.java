package dev.parley.adapter.jdbc.postgresql;

import dev.parley.adapter.jdbc.support.TestDatabase;
import dev.parley.ports.out.contract.MessagesContract;
import dev.parley.ports.out.contract.Stores;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresMessagesTest extends MessagesContract {
    @RegisterExtension
    static final TestDatabase DATABASE = TestDatabase.postgresql();

    @Override
    protected Stores newStores() {
        return DATABASE.stores();
    }
}
