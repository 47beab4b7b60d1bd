package dev.parley.ports.in;

import dev.parley.ports.model.AgentListing;
import dev.parley.ports.model.UserId;
import java.util.List;

/** Lists the agents of one of the user's friends, sorted by name. */
public interface ListFriendAgentsUseCase {
    /** @throws dev.parley.ports.model.ParleyException {@code user_not_found}, or {@code not_friends} */
    List<AgentListing> listFriendAgents(UserId viewer, UserId friend);
}
