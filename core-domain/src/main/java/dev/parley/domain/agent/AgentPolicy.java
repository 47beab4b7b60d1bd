package dev.parley.domain.agent;

import dev.parley.ports.model.Agent;
import dev.parley.ports.model.AgentName;
import dev.parley.ports.model.AgentSelection;
import dev.parley.ports.model.ErrorCode;
import dev.parley.ports.model.ParleyException;
import java.util.Optional;
import java.util.Set;

/** The agent rules: names are unique per owner, and only agents a user owns may be named as theirs. */
public final class AgentPolicy {
    private AgentPolicy() {
    }

    /** The store refused the new agent: the owner already has one of that name. */
    public static void requireAdded(boolean added, AgentName name) {
        if (!added) {
            throw new ParleyException(ErrorCode.AGENT_EXISTS, "name: you already have an agent named " + name);
        }
    }

    /** Refuses an agent the user does not own, naming the field that named it. */
    public static Agent requireOwned(Optional<Agent> agent, AgentName name, String field) {
        return agent.orElseThrow(() -> notFound(name, field));
    }

    /** Every agent a selection names must be one of the owner's agents. */
    public static void requireSelectionOwned(AgentSelection selection, Set<AgentName> owned) {
        for (AgentName name : selection.only().orElse(Set.of())) {
            if (!owned.contains(name)) {
                throw notFound(name, "agents");
            }
        }
    }

    public static ParleyException notFound(AgentName name, String field) {
        return new ParleyException(ErrorCode.AGENT_NOT_FOUND, field + ": no agent named " + name);
    }
}
