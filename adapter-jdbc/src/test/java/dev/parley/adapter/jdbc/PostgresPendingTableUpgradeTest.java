package dev.parley.adapter.jdbc;

class PostgresPendingTableUpgradeTest extends PendingTableUpgradeContract {
    @Override
    protected Vendor vendor() {
        return Vendor.POSTGRESQL;
    }
}
