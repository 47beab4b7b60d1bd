package dev.parley.ports.model;

import java.util.Objects;

/** A registered agent: its card and the user who owns it. */
public record Agent(UserId ownerId, Username ownerUsername, AgentCard card) {
    public Agent {
        Objects.requireNonNull(ownerId, "ownerId");
        Objects.requireNonNull(ownerUsername, "ownerUsername");
        Objects.requireNonNull(card, "card");
    }

    public AgentName name() {
        return card.name();
    }
}
