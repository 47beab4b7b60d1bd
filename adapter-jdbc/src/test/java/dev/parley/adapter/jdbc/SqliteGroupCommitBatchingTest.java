package dev.parley.adapter.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SqliteGroupCommitBatchingTest extends GroupCommitBatchingContract {
    private static final int MEMORY = 2;

    @Override
    protected Vendor vendor() {
        return Vendor.SQLITE;
    }

    @Test
    void theWriterKeepsItsStatementJournalsInMemory() {
        int tempStore = database.write(handle -> handle.createQuery("PRAGMA temp_store").mapTo(Integer.class).one());

        assertThat(tempStore).isEqualTo(MEMORY);
    }

    @Test
    void theWriterCheckpointsTheLogAfterTenThousandPages() {
        int pages = database.write(handle -> handle.createQuery("PRAGMA wal_autocheckpoint").mapTo(Integer.class).one());

        assertThat(pages).isEqualTo(10_000);
    }
}
