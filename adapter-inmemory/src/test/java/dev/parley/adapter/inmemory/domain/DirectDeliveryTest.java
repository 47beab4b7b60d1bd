package dev.parley.adapter.inmemory.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.adapter.inmemory.domain.DomainFixture.Connection;
import dev.parley.ports.model.Message;
import dev.parley.ports.model.MessageType;
import dev.parley.ports.model.Seq;
import dev.parley.ports.model.User;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** A message just stored reaches an up-to-date session without a read of the store, and never out of order. */
class DirectDeliveryTest {
    private CountingMailboxes mailboxes;
    private HeldSignals signals;
    private final DomainFixture fx = new DomainFixture(
            stores -> mailboxes = new CountingMailboxes(stores), live -> signals = new HeldSignals(live));
    private final User alice = fx.signUp("alice");
    private final User bob = fx.signUp("bob");

    DirectDeliveryTest() {
        fx.befriend(alice, bob);
        fx.agent(bob, "helper");
        fx.agent(bob, "scribe");
    }

    private Message toBob(String agent) {
        return fx.open(alice, bob, agent, MessageType.INFORMATION);
    }

    @Test
    void anUpToDateSessionGetsEachNewMessageWithoutReadingTheStore() {
        Connection bobOnline = fx.connect(bob);
        int readsAfterOpening = mailboxes.pendingReads.get();

        List<Message> sent = IntStream.range(0, 50).mapToObj(n -> toBob("helper")).toList();

        assertThat(bobOnline.sink().delivered).containsExactlyElementsOf(sent);
        assertThat(mailboxes.pendingReads).hasValue(readsAfterOpening);
    }

    @Test
    void messagesForAgentsTheSessionDoesNotServeLeaveNoGapBehind() {
        Connection helperOnly = fx.connect(bob, DomainFixture.only("helper"));
        int readsAfterOpening = mailboxes.pendingReads.get();

        Message first = toBob("helper");
        toBob("scribe");
        toBob("scribe");
        Message second = toBob("helper");

        assertThat(helperOnly.sink().delivered).containsExactly(first, second);
        assertThat(mailboxes.pendingReads).hasValue(readsAfterOpening);
    }

    @Test
    void newsArrivingOutOfOrderIsReadFromTheStoreAndPushedInSeqOrderOnce() {
        Connection bobOnline = fx.connect(bob);
        signals.hold();
        List<Message> sent = IntStream.range(0, 5).mapToObj(n -> toBob("helper")).toList();
        assertThat(bobOnline.sink().delivered).isEmpty();

        signals.releaseNewestFirst();

        assertThat(bobOnline.sink().delivered).containsExactlyElementsOf(sent);
    }

    @Test
    void aSessionThatResumedFurtherBackReadsTheStoreFirst() {
        Connection bobOnline = fx.connect(bob);
        Message first = toBob("helper");
        bobOnline.session().resume(Seq.ZERO);

        Message second = toBob("helper");

        assertThat(bobOnline.sink().delivered).containsExactly(first, first, second);
    }

    @Test
    void aSessionOpenedBehindAPendingBacklogGetsTheBacklogBeforeTheNews() {
        signals.hold();
        List<Message> backlog = IntStream.range(0, 3).mapToObj(n -> toBob("helper")).toList();
        Connection bobOnline = fx.connect(bob);
        Message news = toBob("helper");

        signals.releaseNewestFirst();

        assertThat(bobOnline.sink().delivered).containsExactly(backlog.get(0), backlog.get(1), backlog.get(2), news);
    }
}
