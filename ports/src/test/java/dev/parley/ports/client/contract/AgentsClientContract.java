package dev.parley.ports.client.contract;

import static dev.parley.ports.client.contract.Futures.done;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.parley.ports.model.Agent;
import dev.parley.ports.model.AgentCard;
import dev.parley.ports.model.AgentListing;
import dev.parley.ports.model.AgentName;
import dev.parley.ports.model.AgentSelection;
import dev.parley.ports.model.ErrorCode;
import dev.parley.ports.model.UserId;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Registering agents and seeing friends' agents through any {@link dev.parley.ports.client.ParleyClient}. */
public abstract class AgentsClientContract extends ParleyClientContract {
    private Member alice;

    @BeforeEach
    void anOwner() {
        alice = member("alice");
    }

    @Test
    void registeredAgentsAreListedByNameAndOffline() {
        Agent planner = done(alice.client().registerAgent(AgentCard.of("planner", "plans trips", "assistant", "flights")));
        agent(alice, "booker");

        assertThat(planner.ownerId()).isEqualTo(alice.id());
        assertThat(done(alice.client().myAgents()))
                .extracting(listing -> listing.agent().name().value(), AgentListing::online)
                .containsExactly(tuple("booker", false), tuple("planner", false));
    }

    @Test
    void aSecondAgentOfTheSameNameIsRefused() {
        agent(alice, "planner");

        assertRefused(alice.client().registerAgent(AgentCard.of("planner", "again", "tool")), ErrorCode.AGENT_EXISTS);
    }

    @Test
    void updatingReplacesTheCardOfAnExistingAgent() {
        agent(alice, "planner");
        AgentCard changed = AgentCard.of("planner", "plans whole holidays", "tool", "hotels", "trains");

        assertThat(done(alice.client().updateAgent(changed)).card()).isEqualTo(changed);
        assertThat(done(alice.client().myAgents())).extracting(listing -> listing.agent().card()).containsExactly(changed);
        assertRefused(alice.client().updateAgent(AgentCard.of("ghost", "", "tool")), ErrorCode.AGENT_NOT_FOUND);
    }

    @Test
    void aRemovedAgentIsGone() {
        agent(alice, "planner");

        done(alice.client().removeAgent(new AgentName("planner")));

        assertThat(done(alice.client().myAgents())).isEmpty();
        assertRefused(alice.client().removeAgent(new AgentName("planner")), ErrorCode.AGENT_NOT_FOUND);
    }

    @Test
    void friendsSeeYourAgentsOnlineWhileAStreamServesThem() {
        Member bob = member("bob");
        befriend(alice, bob);
        agent(alice, "planner");
        agent(alice, "booker");

        done(alice.client().connect(AgentSelection.only(Set.of(new AgentName("planner"))), new RecordingListener()));

        eventually(() -> assertThat(done(bob.client().agentsOf(alice.id())))
                .extracting(listing -> listing.agent().name().value(), AgentListing::online)
                .containsExactly(tuple("booker", false), tuple("planner", true)));
    }

    @Test
    void strangersAndUnknownUsersSeeNoAgents() {
        Member stranger = member("stranger");
        agent(alice, "planner");

        assertRefused(stranger.client().agentsOf(alice.id()), ErrorCode.NOT_FRIENDS);
        assertRefused(stranger.client().agentsOf(new UserId(UUID.randomUUID().toString())), ErrorCode.USER_NOT_FOUND);
    }
}
