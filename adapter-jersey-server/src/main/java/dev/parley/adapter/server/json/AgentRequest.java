package dev.parley.adapter.server.json;

import dev.parley.ports.model.AgentCard;
import dev.parley.ports.model.AgentName;
import dev.parley.ports.model.ParleyException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The body of {@code POST /agents} and {@code PUT /agents/{name}}; capabilities are optional. */
public record AgentRequest(String name, String description, String type, List<String> capabilities) {
    /** The card to register, named by the body. */
    public AgentCard card() {
        return cardNamed(Fields.agentName(name, "name"));
    }

    /** The card that replaces agent {@code agent}'s; a name in the body is ignored. */
    public AgentCard cardNamed(AgentName agent) {
        List<String> listed = Optional.ofNullable(capabilities).orElse(List.of());
        if (listed.stream().anyMatch(Objects::isNull)) {
            throw ParleyException.invalid("capabilities", "must hold strings");
        }
        return new AgentCard(agent, Fields.required(description, "description"), Fields.required(type, "type"), listed);
    }
}
