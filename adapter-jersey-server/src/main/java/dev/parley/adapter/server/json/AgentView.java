package dev.parley.adapter.server.json;

import dev.parley.ports.model.Agent;
import dev.parley.ports.model.AgentListing;
import java.util.List;

/** An agent on the wire: its card, its owner, and whether a live session serves it. */
public record AgentView(String name, String description, String type, List<String> capabilities, String ownerId,
        String ownerUsername, boolean online) {

    public static AgentView from(AgentListing listing) {
        return from(listing.agent(), listing.online());
    }

    public static AgentView from(Agent agent, boolean online) {
        return new AgentView(agent.name().value(), agent.card().description(), agent.card().type(), agent.card().capabilities(),
                agent.ownerId().value(), agent.ownerUsername().value(), online);
    }
}
