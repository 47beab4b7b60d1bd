package dev.parley.adapter.inmemory.domain;

import static dev.parley.adapter.inmemory.domain.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.parley.ports.model.Agent;
import dev.parley.ports.model.AgentCard;
import dev.parley.ports.model.AgentListing;
import dev.parley.ports.model.AgentName;
import dev.parley.ports.model.ErrorCode;
import dev.parley.ports.model.User;
import dev.parley.ports.model.UserId;
import org.junit.jupiter.api.Test;

class AgentBehaviourTest {
    private final DomainFixture fx = new DomainFixture();
    private final User alice = fx.signUp("alice");
    private final User bob = fx.signUp("bob");

    @Test
    void aRegisteredAgentBelongsToItsOwner() {
        Agent agent = fx.parley.registerAgent().registerAgent(alice.id(), AgentCard.of("planner", "plans", "assistant"));
        assertThat(agent.ownerId()).isEqualTo(alice.id());
        assertThat(agent.ownerUsername()).isEqualTo(alice.username());
        assertThat(fx.parley.listOwnAgents().listOwnAgents(alice.id())).containsExactly(new AgentListing(agent, false));
    }

    @Test
    void aSecondAgentOfTheSameNameIsAgentExistsButAnotherOwnerMayUseTheName() {
        fx.agent(alice, "planner");
        assertRefused(() -> fx.agent(alice, "planner"), ErrorCode.AGENT_EXISTS);
        fx.agent(bob, "planner");
    }

    @Test
    void updatingReplacesTheCard() {
        fx.agent(alice, "planner");
        AgentCard card = AgentCard.of("planner", "plans better", "tool", "calendar");
        fx.parley.updateAgent().updateAgent(alice.id(), card);
        assertThat(fx.parley.listOwnAgents().listOwnAgents(alice.id())).extracting(listing -> listing.agent().card())
                .containsExactly(card);
    }

    @Test
    void updatingOrRemovingAnUnknownAgentIsAgentNotFound() {
        assertRefused(() -> fx.parley.updateAgent().updateAgent(alice.id(), AgentCard.of("ghost", "", "tool")),
                ErrorCode.AGENT_NOT_FOUND);
        assertRefused(() -> fx.parley.removeAgent().removeAgent(alice.id(), new AgentName("ghost")),
                ErrorCode.AGENT_NOT_FOUND);
    }

    @Test
    void aRemovedAgentIsGone() {
        fx.agent(alice, "planner");
        fx.parley.removeAgent().removeAgent(alice.id(), new AgentName("planner"));
        assertThat(fx.parley.listOwnAgents().listOwnAgents(alice.id())).isEmpty();
    }

    @Test
    void friendsSeeEachOthersAgentsSortedByNameAndWhetherASessionServesThem() {
        fx.agent(bob, "zeta");
        fx.agent(bob, "alpha");
        fx.befriend(alice, bob);
        fx.connect(bob, DomainFixture.only("zeta"));
        assertThat(fx.parley.listFriendAgents().listFriendAgents(alice.id(), bob.id()))
                .extracting(listing -> listing.agent().name().value(), AgentListing::online)
                .containsExactly(tuple("alpha", false),
                        tuple("zeta", true));
    }

    @Test
    void onlyFriendsSeeAUsersAgents() {
        fx.agent(bob, "helper");
        assertRefused(() -> fx.parley.listFriendAgents().listFriendAgents(alice.id(), bob.id()), ErrorCode.NOT_FRIENDS);
        assertRefused(() -> fx.parley.listFriendAgents().listFriendAgents(bob.id(), bob.id()), ErrorCode.NOT_FRIENDS);
        fx.befriend(alice, bob);
        fx.parley.removeFriend().removeFriend(alice.id(), bob.username());
        assertRefused(() -> fx.parley.listFriendAgents().listFriendAgents(alice.id(), bob.id()), ErrorCode.NOT_FRIENDS);
    }

    @Test
    void theAgentsOfAnUnknownUserAreUserNotFound() {
        assertRefused(() -> fx.parley.listFriendAgents().listFriendAgents(alice.id(), new UserId("ghost")),
                ErrorCode.USER_NOT_FOUND);
    }
}
