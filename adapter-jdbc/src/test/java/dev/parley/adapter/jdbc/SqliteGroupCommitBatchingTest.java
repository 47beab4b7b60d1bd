package dev.parley.adapter.jdbc;

class SqliteGroupCommitBatchingTest extends GroupCommitBatchingContract {
    @Override
    protected Vendor vendor() {
        return Vendor.SQLITE;
    }
}
