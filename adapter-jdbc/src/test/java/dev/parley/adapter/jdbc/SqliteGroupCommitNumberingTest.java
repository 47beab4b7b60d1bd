package dev.parley.adapter.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.ports.model.Appended;
import dev.parley.ports.model.Message;
import dev.parley.ports.model.UserAccount;
import dev.parley.ports.out.contract.TestData;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class SqliteGroupCommitNumberingTest extends GroupCommitNumberingContract {
    @Override
    protected Vendor vendor() {
        return Vendor.SQLITE;
    }

    /** The counters are written just before the commit, by no task: if that fails, the whole batch does. */
    @Test
    void aBatchWhoseCountersCannotBeWrittenFailsWholeAndGivesBackEverySeqItTook() throws Exception {
        messages.append(toBob());
        database.write(handle -> handle.execute("CREATE TRIGGER refuse_counter_update BEFORE UPDATE ON mailbox_counters"
                + " BEGIN SELECT RAISE(ABORT, 'counter refused'); END"));
        database.write(handle -> handle.execute("CREATE TRIGGER refuse_counter_insert BEFORE INSERT ON mailbox_counters"
                + " BEGIN SELECT RAISE(ABORT, 'counter refused'); END"));
        JdbcUsers users = new JdbcUsers(database);
        UserAccount carol = TestData.account("carol");
        WriterHold hold = holdWriter();
        Future<Message> append = queueAppend(toBob());
        CompletableFuture<Appended> appendAsync = queueAppendAsync(toAlice());
        Future<Boolean> signUp = queue(() -> users.add(carol));
        hold.release();

        assertThat(causeOf(append)).hasMessageContaining("counter refused")
                .isSameAs(causeOf(appendAsync)).isSameAs(causeOf(signUp));
        assertThat(listener.ranAgainInSavepoints()).isEmpty();
        assertThat(users.byUsername(carol.user().username())).isEmpty();
        database.write(handle -> handle.execute("DROP TRIGGER refuse_counter_update"));
        database.write(handle -> handle.execute("DROP TRIGGER refuse_counter_insert"));
        assertThat(messages.append(toBob()).message().seq().value()).isEqualTo(2);
        assertThat(messages.append(toAlice()).message().seq().value()).isEqualTo(1);
        assertThat(pendingSeqsOf(bob)).containsExactly(1L, 2L);
    }
}
