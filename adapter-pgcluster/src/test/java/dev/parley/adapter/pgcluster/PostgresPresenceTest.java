package dev.parley.adapter.pgcluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.ports.model.AgentName;
import dev.parley.ports.model.AgentSelection;
import dev.parley.ports.model.ServerEvent.PresenceChanged;
import dev.parley.ports.model.UserId;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresPresenceTest {
    @RegisterExtension
    static final ClusterDatabase database = new ClusterDatabase();

    private static final UserId BOB = new UserId("bob");

    @Test
    void aUserIsOnlineWhileAnyNodeHoldsOneOfTheirSessions() {
        PostgresCluster a = database.join("pre-a");
        PostgresCluster b = database.join("pre-b");

        assertThat(a.presence().sessionOpened(BOB, "bob-1", AgentSelection.all())).as("first open: online").isTrue();
        assertThat(b.presence().sessionOpened(BOB, "bob-2", AgentSelection.all())).as("second open").isFalse();
        assertThat(b.presence().isOnline(BOB)).isTrue();
        assertThat(a.presence().sessionClosed(BOB, "bob-1")).as("a session is left on b").isFalse();
        assertThat(a.presence().isOnline(BOB)).isTrue();
        assertThat(b.presence().sessionClosed(BOB, "bob-2")).as("last close: offline").isTrue();
        assertThat(a.presence().isOnline(BOB)).isFalse();
    }

    @Test
    void closingASessionTwiceChangesNothingTheSecondTime() {
        PostgresCluster a = database.join("pre-a");
        a.presence().sessionOpened(BOB, "bob-1", AgentSelection.all());

        assertThat(a.presence().sessionClosed(BOB, "bob-1")).isTrue();
        assertThat(a.presence().sessionClosed(BOB, "bob-1")).isFalse();
    }

    @Test
    void anAgentIsServedWhileASessionOnAnyNodeServesIt() {
        PostgresCluster a = database.join("pre-a");
        PostgresCluster b = database.join("pre-b");
        AgentName planner = new AgentName("planner");
        AgentName helper = new AgentName("helper_1");

        b.presence().sessionOpened(BOB, "bob-1", AgentSelection.only(Set.of(planner, new AgentName("helperx1"))));

        assertThat(a.presence().isServing(BOB, planner)).isTrue();
        assertThat(a.presence().isServing(BOB, helper)).as("'_' is no wildcard").isFalse();
        a.presence().sessionOpened(BOB, "bob-2", AgentSelection.all());
        assertThat(b.presence().isServing(BOB, helper)).as("a session serving every agent").isTrue();
    }

    @Test
    void aNodeThatStopsRenewingItsLeaseTakesItsUsersOfflineAndTheReaperReportsIt() throws Exception {
        PostgresCluster a = database.join("pre-a");
        Received<PresenceChanged> reported = new Received<>();
        a.presence().subscribe(reported);
        UserId carol = new UserId("carol");
        database.execute("INSERT INTO cluster_nodes VALUES ('dead', now() - interval '1 second')");
        database.execute("INSERT INTO live_sessions VALUES ('bob-dead', 'bob', 'dead', NULL), ('carol-dead', 'carol', 'dead', NULL)");
        a.presence().sessionOpened(carol, "carol-a", AgentSelection.all());

        assertThat(a.presence().isOnline(BOB)).as("an expired lease does not count").isFalse();
        a.beat();

        assertThat(reported.all()).containsExactly(new PresenceChanged(BOB, false));
        assertThat(database.count("SELECT count(*) FROM live_sessions WHERE node_id = 'dead'")).isZero();
        assertThat(database.count("SELECT count(*) FROM cluster_nodes WHERE node_id = 'dead'")).isZero();
    }

    @Test
    void aNodeWhoseLeaseWasReapedWritesItsSessionsBackAndReportsThemOnline() throws Exception {
        PostgresCluster a = database.join("pre-a");
        PostgresCluster b = database.join("pre-b");
        Received<PresenceChanged> onA = new Received<>();
        Received<PresenceChanged> onB = new Received<>();
        a.presence().subscribe(onA);
        b.presence().subscribe(onB);
        b.presence().sessionOpened(BOB, "bob-1", AgentSelection.all());
        database.execute("UPDATE cluster_nodes SET lease_until = now() - interval '1 second' WHERE node_id = 'pre-b'");

        a.beat();
        assertThat(onA.all()).containsExactly(new PresenceChanged(BOB, false));
        b.beat();

        assertThat(onB.all()).containsExactly(new PresenceChanged(BOB, true));
        assertThat(a.presence().isOnline(BOB)).isTrue();
    }

    @Test
    void joiningWithTheIdOfACrashedRunClearsItsLeftoverSessions() throws Exception {
        database.execute("INSERT INTO cluster_nodes VALUES ('pre-x', now() + interval '1 hour')");
        database.execute("INSERT INTO live_sessions VALUES ('bob-old', 'bob', 'pre-x', NULL)");

        PostgresCluster x = database.join("pre-x");
        Received<PresenceChanged> reported = new Received<>();
        x.presence().subscribe(reported);

        assertThat(x.presence().isOnline(BOB)).isFalse();
        assertThat(reported.all()).as("told to the first subscriber").containsExactly(new PresenceChanged(BOB, false));
    }

    @Test
    void aNodeThatLeavesTakesItsSessionsWithIt() {
        PostgresCluster a = database.join("pre-a");
        PostgresCluster b = database.join("pre-b");
        Received<PresenceChanged> onB = new Received<>();
        b.presence().subscribe(onB);
        b.presence().sessionOpened(BOB, "bob-1", AgentSelection.all());

        database.leave(b);

        assertThat(a.presence().isOnline(BOB)).isFalse();
        assertThat(onB.all()).containsExactly(new PresenceChanged(BOB, false));
    }
}
