package dev.parley.ports.model;

import java.util.List;

/** What an agent says about itself: its name, a description, a type and optional capabilities. */
public record AgentCard(AgentName name, String description, String type, List<String> capabilities) {
    public static final int MAX_DESCRIPTION = 1000;
    public static final int MAX_TYPE = 64;
    public static final int MAX_CAPABILITIES = 32;
    public static final int MAX_CAPABILITY = 64;

    public AgentCard {
        Check.present(name, "name");
        Check.length(description, 0, MAX_DESCRIPTION, "description");
        Check.length(type, 1, MAX_TYPE, "type");
        Check.present(capabilities, "capabilities");
        if (capabilities.size() > MAX_CAPABILITIES) {
            throw ParleyException.invalid("capabilities", "at most " + MAX_CAPABILITIES + " entries");
        }
        for (String capability : capabilities) {
            Check.length(capability, 1, MAX_CAPABILITY, "capabilities");
        }
        capabilities = List.copyOf(capabilities);
    }

    public static AgentCard of(String name, String description, String type, String... capabilities) {
        return new AgentCard(new AgentName(name), description, type, List.of(capabilities));
    }
}
