package dev.parley.adapter.inmemory.live;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.ports.model.AgentName;
import dev.parley.ports.model.AgentSelection;
import dev.parley.ports.model.UserId;
import java.util.Set;
import org.junit.jupiter.api.Test;

class InMemoryPresenceTest {
    private final InMemoryPresence presence = new InMemoryPresence();
    private final UserId alice = new UserId("alice-id");
    private final AgentName planner = new AgentName("planner");

    @Test
    void aUserIsOnlineFromTheFirstSessionUntilTheLastCloses() {
        assertThat(presence.sessionOpened(alice, "one", AgentSelection.all())).isTrue();
        assertThat(presence.sessionOpened(alice, "two", AgentSelection.all())).isFalse();
        assertThat(presence.sessionClosed(alice, "one")).isFalse();
        assertThat(presence.isOnline(alice)).isTrue();
        assertThat(presence.sessionClosed(alice, "two")).isTrue();
        assertThat(presence.isOnline(alice)).isFalse();
    }

    @Test
    void closingIsIdempotent() {
        presence.sessionOpened(alice, "one", AgentSelection.all());
        presence.sessionClosed(alice, "one");

        assertThat(presence.sessionClosed(alice, "one")).isFalse();
        assertThat(presence.sessionClosed(new UserId("nobody"), "x")).isFalse();
    }

    @Test
    void anAgentIsServedWhileASessionSelectingItIsOpen() {
        presence.sessionOpened(alice, "helper-only", AgentSelection.only(Set.of(new AgentName("helper"))));
        assertThat(presence.isServing(alice, planner)).isFalse();

        presence.sessionOpened(alice, "planner-only", AgentSelection.only(Set.of(planner)));
        assertThat(presence.isServing(alice, planner)).isTrue();

        presence.sessionClosed(alice, "planner-only");
        assertThat(presence.isServing(alice, planner)).isFalse();
    }
}
