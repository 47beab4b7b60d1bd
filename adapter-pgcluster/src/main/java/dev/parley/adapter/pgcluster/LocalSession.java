package dev.parley.adapter.pgcluster;

import dev.parley.ports.model.AgentSelection;
import dev.parley.ports.model.UserId;
import java.util.Objects;

/** A live session held by this node, as the presence table records it. */
record LocalSession(String key, UserId user, AgentSelection agents) {
    LocalSession {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(agents, "agents");
    }
}
