package dev.parley.ports.in;

import dev.parley.ports.model.Agent;
import dev.parley.ports.model.AgentCard;
import dev.parley.ports.model.UserId;

/** Registers one of the user's agents under a name unique for that user. */
public interface RegisterAgentUseCase {
    /** @throws dev.parley.ports.model.ParleyException {@code agent_exists} when the owner has an agent of that name */
    Agent registerAgent(UserId owner, AgentCard card);
}
