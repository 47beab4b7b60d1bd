package dev.parley.domain.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.ports.model.Agent;
import dev.parley.ports.model.AgentCard;
import dev.parley.ports.model.AgentName;
import dev.parley.ports.model.AgentSelection;
import dev.parley.ports.model.ErrorCode;
import dev.parley.ports.model.ParleyException;
import dev.parley.ports.model.UserId;
import dev.parley.ports.model.Username;
import java.util.Optional;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class AgentPolicyTest {
    private static final AgentName PLANNER = new AgentName("planner");
    private static final AgentName HELPER = new AgentName("helper");

    private static void assertRefused(ThrowingCallable call, ErrorCode code, String detail) {
        assertThatThrownBy(call).isInstanceOfSatisfying(ParleyException.class, refusal -> {
            assertThat(refusal.code()).isEqualTo(code);
            assertThat(refusal.detail()).contains(detail);
        });
    }

    @Test
    void aNameTheOwnerAlreadyUsesIsAgentExists() {
        assertRefused(() -> AgentPolicy.requireAdded(false, PLANNER), ErrorCode.AGENT_EXISTS, "planner");
        AgentPolicy.requireAdded(true, PLANNER);
    }

    @Test
    void anAgentTheUserDoesNotOwnIsAgentNotFoundNamingTheField() {
        assertRefused(() -> AgentPolicy.requireOwned(Optional.empty(), PLANNER, "sender_agent"),
                ErrorCode.AGENT_NOT_FOUND, "sender_agent: no agent named planner");
    }

    @Test
    void anOwnedAgentIsFound() {
        Agent agent = new Agent(new UserId("u1"), new Username("alice"), AgentCard.of("planner", "", "assistant"));
        assertThat(AgentPolicy.requireOwned(Optional.of(agent), PLANNER, "sender_agent")).isEqualTo(agent);
    }

    @Test
    void aSelectionNamingAnAgentTheUserDoesNotOwnIsAgentNotFound() {
        assertRefused(() -> AgentPolicy.requireSelectionOwned(AgentSelection.only(Set.of(PLANNER, HELPER)), Set.of(PLANNER)),
                ErrorCode.AGENT_NOT_FOUND, "agents: no agent named helper");
    }

    @Test
    void aSelectionOfOwnedAgentsOrOfAllAgentsPasses() {
        AgentPolicy.requireSelectionOwned(AgentSelection.only(Set.of(PLANNER)), Set.of(PLANNER, HELPER));
        AgentPolicy.requireSelectionOwned(AgentSelection.all(), Set.of());
    }
}
