package dev.parley.adapter.jdbc;

class PostgresGroupCommitBatchingTest extends GroupCommitBatchingContract {
    @Override
    protected Vendor vendor() {
        return Vendor.POSTGRESQL;
    }
}
