package dev.parley.adapter.tyrus.wire;

import dev.parley.ports.model.Agent;
import dev.parley.ports.model.AgentCard;
import dev.parley.ports.model.AgentListing;
import dev.parley.ports.model.AgentName;
import dev.parley.ports.model.UserId;
import dev.parley.ports.model.Username;
import java.util.List;

/** An agent on the wire: its card, its owner, and whether a live session serves it. */
public record AgentJson(String name, String description, String type, List<String> capabilities, String ownerId,
        String ownerUsername, Boolean online) {

    public AgentListing toListing() {
        return new AgentListing(toAgent(), Fields.required(online, "online"));
    }

    public Agent toAgent() {
        AgentCard card = new AgentCard(new AgentName(Fields.required(name, "name")), Fields.required(description, "description"),
                Fields.required(type, "type"), capabilities == null ? List.of() : capabilities);
        return new Agent(new UserId(Fields.required(ownerId, "owner_id")),
                new Username(Fields.required(ownerUsername, "owner_username")), card);
    }
}
