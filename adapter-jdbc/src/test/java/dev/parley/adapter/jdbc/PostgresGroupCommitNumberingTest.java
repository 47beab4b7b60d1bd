package dev.parley.adapter.jdbc;

class PostgresGroupCommitNumberingTest extends GroupCommitNumberingContract {
    @Override
    protected Vendor vendor() {
        return Vendor.POSTGRESQL;
    }
}
