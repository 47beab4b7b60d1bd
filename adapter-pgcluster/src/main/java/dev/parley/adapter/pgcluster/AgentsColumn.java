package dev.parley.adapter.pgcluster;

import dev.parley.ports.model.AgentName;
import dev.parley.ports.model.AgentSelection;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * An {@link AgentSelection} in the {@code live_sessions.agents} column: empty (NULL) for every agent, else the names
 * between commas ({@code ,planner,assistant,}), so one agent is found with {@code position(',' || name || ',' in agents)}.
 * Agent names never hold a comma.
 */
final class AgentsColumn {
    private AgentsColumn() {
    }

    static Optional<String> of(AgentSelection selection) {
        return selection.only().map(names -> names.stream().map(AgentName::value).sorted()
                .collect(Collectors.joining(",", ",", ",")));
    }

    /** The text {@code position(…)} looks for. */
    static String needle(AgentName agent) {
        return "," + agent.value() + ",";
    }
}
