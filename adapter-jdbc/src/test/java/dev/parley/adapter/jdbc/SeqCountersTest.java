package dev.parley.adapter.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.ports.model.User;
import org.junit.jupiter.api.Test;

/** The counters keep a bounded number of recipients: one forgotten is read again from its row, one kept is not. */
class SeqCountersTest extends GroupCommitFixture {
    private final SeqCounters counters = new SeqCounters(WriterStatements.of(Vendor.SQLITE), 1);

    @Override
    protected Vendor vendor() {
        return Vendor.SQLITE;
    }

    @Test
    void aRecipientForgottenBeyondTheBoundNumbersOnFromItsRowWhileTheOneKeptNumbersFromMemory() {
        assertThat(committedNext(bob)).isEqualTo(1);
        assertThat(committedNext(alice)).isEqualTo(1);
        setCounterRow(bob, 10);

        assertThat(committedNext(bob)).isEqualTo(11);
        setCounterRow(bob, 50);
        assertThat(committedNext(bob)).isEqualTo(12);
    }

    /** Numbers one message to {@code recipient} in a transaction of its own, as a batch would, and commits it. */
    private long committedNext(User recipient) {
        long seq = database.write(handle -> {
            long next = counters.next(handle, recipient.id());
            counters.beforeCommit(handle);
            return next;
        });
        counters.committed();
        return seq;
    }

    private void setCounterRow(User recipient, long lastSeq) {
        database.write(handle -> handle.execute("UPDATE mailbox_counters SET last_seq = ? WHERE user_id = ?",
                lastSeq, recipient.id().value()));
    }
}
