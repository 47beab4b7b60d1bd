package dev.parley.adapter.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class SqliteGroupCommitLifecycleTest extends GroupCommitLifecycleContract {
    @Override
    protected Vendor vendor() {
        return Vendor.SQLITE;
    }

    @Test
    void everyCallerIsAnsweredOnlyOnceTheWriteAheadLogWasSyncedForItsBatch() throws Exception {
        messages.append(toBob());
        assertThat(listener.batchesMadeDurable()).isEqualTo(listener.batchSizes().size());

        WriterHold hold = holdWriter();
        List<Future<?>> queued = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            queued.add(queueAppend(toBob()));
        }
        hold.release();
        for (Future<?> append : queued) {
            append.get();
            assertThat(listener.batchesMadeDurable()).as("batches synced when a caller hears")
                    .isGreaterThanOrEqualTo(listener.batchSizes().size() - 1);
        }
        assertThat(listener.batchesMadeDurable()).isEqualTo(listener.batchSizes().size());
    }
}
