package dev.parley.adapter.jdbc.support;

/** A fresh database on the test PostgreSQL server, dropped afterwards. */
final class PostgresTestDatabase extends TestDatabase {
    private String name;

    @Override
    protected String create() throws Exception {
        name = TestPostgres.server().createDatabase();
        return TestPostgres.server().urlOf(name);
    }

    @Override
    protected void destroy() throws Exception {
        TestPostgres.server().dropDatabase(name);
    }
}
