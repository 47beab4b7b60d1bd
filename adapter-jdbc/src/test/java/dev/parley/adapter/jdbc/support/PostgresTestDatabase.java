package dev.parley.adapter.jdbc.support;

import dev.parley.testing.postgres.TestPostgres;

/** A fresh database on the test PostgreSQL server, dropped afterwards. */
final class PostgresTestDatabase extends TestDatabase {
    private String name;

    @Override
    protected String create() throws Exception {
        name = TestPostgres.server().createDatabase("parley_");
        return TestPostgres.server().urlOf(name);
    }

    @Override
    protected void destroy() throws Exception {
        TestPostgres.server().dropDatabase(name);
    }
}
