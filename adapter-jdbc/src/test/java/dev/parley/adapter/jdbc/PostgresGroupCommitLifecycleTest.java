package dev.parley.adapter.jdbc;

class PostgresGroupCommitLifecycleTest extends GroupCommitLifecycleContract {
    @Override
    protected Vendor vendor() {
        return Vendor.POSTGRESQL;
    }
}
