package dev.parley.ports.model;

import java.util.Objects;

/** An agent as a user sees it in a list: whether a live session of its owner serves it right now. */
public record AgentListing(Agent agent, boolean online) {
    public AgentListing {
        Objects.requireNonNull(agent, "agent");
    }
}
