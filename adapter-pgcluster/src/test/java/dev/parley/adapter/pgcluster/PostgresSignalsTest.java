package dev.parley.adapter.pgcluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.parley.ports.model.AgentSelection;
import dev.parley.ports.model.ServerEvent;
import dev.parley.ports.model.SessionId;
import dev.parley.ports.model.UserId;
import dev.parley.ports.out.Signal;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresSignalsTest {
    @RegisterExtension
    static final ClusterDatabase database = new ClusterDatabase();

    private static final UserId BOB = new UserId("bob");

    @Test
    void aSignalPublishedOnOneNodeReachesEveryNodeItsOwnIncluded() {
        PostgresCluster a = database.join("sig-a");
        PostgresCluster b = database.join("sig-b");
        Received<Signal> onA = new Received<>();
        Received<Signal> onB = new Received<>();
        a.signals().subscribe(onA);
        b.signals().subscribe(onB);
        Signal wake = new Signal.MessagesWaiting(BOB);

        a.signals().publish(wake);

        assertThat(onB.waitFor(1, wake::equals)).containsExactly(wake);
        assertThat(onA.waitFor(1, wake::equals)).containsExactly(wake);
    }

    @Test
    void oneNodesSignalsToAUserArriveInTheOrderItPublishedThem() {
        PostgresCluster a = database.join("sig-a");
        PostgresCluster b = database.join("sig-b");
        Received<Signal> onB = new Received<>();
        b.signals().subscribe(onB);
        List<Signal> published = IntStream.range(0, 300)
                .mapToObj(i -> (Signal) new Signal.EventFor(BOB, new ServerEvent.PresenceChanged(new UserId("friend-" + i), true)))
                .toList();

        published.forEach(a.signals()::publish);

        assertThat(onB.waitFor(300, published::contains)).containsExactlyElementsOf(published);
    }

    @Test
    void repeatedIdenticalSignalsAreNotFoldedIntoOne() {
        PostgresCluster a = database.join("sig-a");
        Received<Signal> onA = new Received<>();
        a.signals().subscribe(onA);
        Signal online = new Signal.EventFor(BOB, new ServerEvent.PresenceChanged(new UserId("carol"), true));
        Signal offline = new Signal.EventFor(BOB, new ServerEvent.PresenceChanged(new UserId("carol"), false));
        List<Signal> flips = IntStream.range(0, 100).mapToObj(i -> i % 2 == 0 ? online : offline).toList();

        flips.forEach(a.signals()::publish);

        assertThat(onA.waitFor(100, flips::contains)).containsExactlyElementsOf(flips);
    }

    @Test
    void aNodeWhoseListeningConnectionDroppedCatchesUpOnWhatItMissed() throws Exception {
        PostgresCluster a = database.join("sig-a");
        ListenerGate gate = new ListenerGate(database.url(), "sig-b");
        PostgresCluster b = database.join(ClusterSettings.defaults("sig-b"), gate);
        Received<Signal> onB = new Received<>();
        b.signals().subscribe(onB);
        b.presence().sessionOpened(BOB, "bob-on-b", AgentSelection.all());
        Signal before = new Signal.EventFor(BOB, new ServerEvent.PresenceChanged(new UserId("dave"), true));
        a.signals().publish(before);
        onB.waitFor(1, before::equals);

        gate.cut(database);
        Signal event = new Signal.EventFor(BOB, new ServerEvent.PresenceChanged(new UserId("carol"), true));
        Signal revoked = new Signal.SessionRevoked(new SessionId("bob-login"));
        a.signals().publish(event);
        a.signals().publish(revoked);
        await().until(() -> database.count("SELECT count(*) FROM signal_journal") == 3);
        assertThat(onB.matching(event::equals)).isEmpty();
        gate.reopen();

        onB.waitFor(1, event::equals);
        onB.waitFor(1, revoked::equals);
        onB.waitFor(1, new Signal.MessagesWaiting(BOB)::equals);
        Signal marker = new Signal.MessagesWaiting(new UserId("marker"));
        a.signals().publish(marker);
        onB.waitFor(1, marker::equals);
        assertThat(onB.matching(event::equals)).hasSize(1);
        assertThat(onB.matching(before::equals)).hasSize(1);
    }
}
