package dev.parley.adapter.jdbc;

class SqlitePendingTableUpgradeTest extends PendingTableUpgradeContract {
    @Override
    protected Vendor vendor() {
        return Vendor.SQLITE;
    }
}
