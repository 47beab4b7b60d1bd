package dev.parley.ports.out;

import dev.parley.ports.model.Agent;
import dev.parley.ports.model.AgentName;
import dev.parley.ports.model.UserId;
import java.util.List;
import java.util.Optional;

/** The registered agents, unique by owner and name. */
public interface Agents {
    /** Adds the agent; false (nothing changed) when its owner already has one of that name. */
    boolean add(Agent agent);

    /** Replaces the card of an existing agent; false when the owner has none of that name. */
    boolean replace(Agent agent);

    boolean remove(UserId owner, AgentName name);

    Optional<Agent> find(UserId owner, AgentName name);

    /** The owner's agents, sorted by name. */
    List<Agent> ownedBy(UserId owner);
}
