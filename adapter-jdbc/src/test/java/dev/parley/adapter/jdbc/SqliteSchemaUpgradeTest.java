package dev.parley.adapter.jdbc;

class SqliteSchemaUpgradeTest extends SchemaUpgradeContract {
    @Override
    protected Vendor vendor() {
        return Vendor.SQLITE;
    }
}
