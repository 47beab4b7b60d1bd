package dev.parley.adapter.jdbc;

class SqliteGroupCommitLifecycleTest extends GroupCommitLifecycleContract {
    @Override
    protected Vendor vendor() {
        return Vendor.SQLITE;
    }
}
