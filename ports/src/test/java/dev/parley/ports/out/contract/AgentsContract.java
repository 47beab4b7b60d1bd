package dev.parley.ports.out.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.ports.model.Agent;
import dev.parley.ports.model.AgentCard;
import dev.parley.ports.model.AgentName;
import dev.parley.ports.model.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link dev.parley.ports.out.Agents} store does. */
public abstract class AgentsContract extends StoreContract {
    private User alice;
    private User bob;

    @BeforeEach
    void twoOwners() {
        alice = storedUser("alice");
        bob = storedUser("bob");
    }

    @Test
    void anAgentNameIsUniquePerOwnerOnly() {
        assertThat(stores.agents().add(TestData.agent(alice, "planner"))).isTrue();
        assertThat(stores.agents().add(TestData.agent(alice, "planner"))).isFalse();
        assertThat(stores.agents().add(TestData.agent(bob, "planner"))).isTrue();
    }

    @Test
    void anAgentIsFoundByOwnerAndName() {
        Agent planner = TestData.agent(alice, "planner");
        stores.agents().add(planner);

        assertThat(stores.agents().find(alice.id(), new AgentName("planner"))).contains(planner);
        assertThat(stores.agents().find(bob.id(), new AgentName("planner"))).isEmpty();
    }

    @Test
    void replacingChangesTheCardOfAnExistingAgentOnly() {
        stores.agents().add(TestData.agent(alice, "planner"));
        Agent changed = new Agent(alice.id(), alice.username(),
                AgentCard.of("planner", "plans trips", "tool", "flights", "hotels"));

        assertThat(stores.agents().replace(changed)).isTrue();
        assertThat(stores.agents().find(alice.id(), new AgentName("planner"))).contains(changed);
        assertThat(stores.agents().replace(TestData.agent(alice, "ghost"))).isFalse();
        assertThat(stores.agents().find(alice.id(), new AgentName("ghost"))).isEmpty();
    }

    @Test
    void removingForgetsTheAgent() {
        stores.agents().add(TestData.agent(alice, "planner"));

        assertThat(stores.agents().remove(alice.id(), new AgentName("planner"))).isTrue();
        assertThat(stores.agents().remove(alice.id(), new AgentName("planner"))).isFalse();
        assertThat(stores.agents().find(alice.id(), new AgentName("planner"))).isEmpty();
    }

    @Test
    void anOwnersAgentsAreListedByName() {
        Agent zeta = TestData.agent(alice, "zeta");
        Agent alpha = TestData.agent(alice, "alpha");
        Agent mid = TestData.agent(alice, "mid");
        stores.agents().add(zeta);
        stores.agents().add(alpha);
        stores.agents().add(mid);
        stores.agents().add(TestData.agent(bob, "other"));

        assertThat(stores.agents().ownedBy(alice.id())).containsExactly(alpha, mid, zeta);
    }
}
