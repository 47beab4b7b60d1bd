package dev.parley.ports.in;

import dev.parley.ports.model.AgentListing;
import dev.parley.ports.model.UserId;
import java.util.List;

/** Lists the user's own agents, sorted by name. */
public interface ListOwnAgentsUseCase {
    List<AgentListing> listOwnAgents(UserId owner);
}
