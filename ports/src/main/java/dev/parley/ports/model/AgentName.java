package dev.parley.ports.model;

import java.util.regex.Pattern;

/** An agent's name, unique per owner. */
public record AgentName(String value) {
    private static final Pattern RULE = Pattern.compile("^[a-z0-9][a-z0-9_-]{0,63}$");

    public AgentName {
        Check.matches(value, RULE, "agent name");
    }

    @Override
    public String toString() {
        return value;
    }
}
