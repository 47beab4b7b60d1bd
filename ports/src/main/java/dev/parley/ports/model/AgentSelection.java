package dev.parley.ports.model;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Which of a user's agents a delivery session serves: all of them, or only some (the {@code agents=}
 * filter). A message addressed to the user without an agent is served by every session.
 */
public record AgentSelection(Optional<Set<AgentName>> only) {
    private static final AgentSelection ALL = new AgentSelection(Optional.empty());

    public AgentSelection {
        Objects.requireNonNull(only, "only");
        only = only.map(Set::copyOf);
    }

    public static AgentSelection all() {
        return ALL;
    }

    public static AgentSelection only(Set<AgentName> agents) {
        return new AgentSelection(Optional.of(agents));
    }

    /** Whether a message to {@code recipientAgent} belongs to a session with this selection. */
    public boolean serves(Optional<AgentName> recipientAgent) {
        return recipientAgent.isEmpty() || only.isEmpty() || only.get().contains(recipientAgent.get());
    }

    /** Whether this selection serves the named agent. */
    public boolean servesAgent(AgentName agent) {
        return only.isEmpty() || only.get().contains(agent);
    }
}
