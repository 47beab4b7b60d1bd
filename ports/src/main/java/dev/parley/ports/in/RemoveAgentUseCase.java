package dev.parley.ports.in;

import dev.parley.ports.model.AgentName;
import dev.parley.ports.model.UserId;

/** Removes one of the user's agents. */
public interface RemoveAgentUseCase {
    void removeAgent(UserId owner, AgentName name);
}
