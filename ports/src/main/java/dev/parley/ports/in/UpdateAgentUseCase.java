package dev.parley.ports.in;

import dev.parley.ports.model.Agent;
import dev.parley.ports.model.AgentCard;
import dev.parley.ports.model.UserId;

/** Replaces an agent's description, type and capabilities. */
public interface UpdateAgentUseCase {
    /** @throws dev.parley.ports.model.ParleyException {@code agent_not_found} when the owner has no agent of that name */
    Agent updateAgent(UserId owner, AgentCard card);
}
