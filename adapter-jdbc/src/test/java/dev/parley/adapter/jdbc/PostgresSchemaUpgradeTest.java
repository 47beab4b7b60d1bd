package dev.parley.adapter.jdbc;

class PostgresSchemaUpgradeTest extends SchemaUpgradeContract {
    @Override
    protected Vendor vendor() {
        return Vendor.POSTGRESQL;
    }
}
