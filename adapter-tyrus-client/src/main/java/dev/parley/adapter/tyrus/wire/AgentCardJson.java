package dev.parley.adapter.tyrus.wire;

import dev.parley.ports.model.AgentCard;
import java.util.List;

/** The body of {@code POST /agents} and {@code PUT /agents/{name}}. */
public record AgentCardJson(String name, String description, String type, List<String> capabilities) {
    public static AgentCardJson from(AgentCard card) {
        return new AgentCardJson(card.name().value(), card.description(), card.type(), card.capabilities());
    }
}
