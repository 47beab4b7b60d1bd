package dev.parley.adapter.jdbc.postgresql;

import dev.parley.adapter.jdbc.support.ReopeningContract;
import dev.parley.testing.postgres.TestPostgres;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;

class PostgresReopeningTest extends ReopeningContract {
    private final List<String> databases = new ArrayList<>();

    @Override
    protected String emptyDatabase() throws Exception {
        String name = TestPostgres.server().createDatabase("parley_");
        databases.add(name);
        return TestPostgres.server().urlOf(name);
    }

    @AfterEach
    void dropDatabases() throws Exception {
        for (String name : databases) {
            TestPostgres.server().dropDatabase(name);
        }
    }
}
