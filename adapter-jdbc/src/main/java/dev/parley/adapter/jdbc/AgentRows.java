package dev.parley.adapter.jdbc;

import dev.parley.ports.model.Agent;
import dev.parley.ports.model.AgentCard;
import dev.parley.ports.model.AgentName;
import dev.parley.ports.model.UserId;
import dev.parley.ports.model.Username;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.statement.StatementContext;

/** How an agent is read back: one row per capability (or one without), folded into agents in row order. */
final class AgentRows {
    /** Every agent of {@code :owner} with its owner's name and its capabilities; append filters, then {@link #ORDER}. */
    static final String SELECT = """
            SELECT a.owner_id, u.username, a.name, a.description, a.agent_type, c.capability
            FROM agents a
            JOIN users u ON u.id = a.owner_id
            LEFT JOIN agent_capabilities c ON c.owner_id = a.owner_id AND c.agent_name = a.name
            WHERE a.owner_id = :owner""";
    static final String ORDER = " ORDER BY a.name, c.position";

    /** One row of {@link #SELECT}. */
    record Row(UserId owner, Username ownerUsername, String name, String description, String type,
            Optional<String> capability) {
    }

    private AgentRows() {
    }

    static Map<String, Object> parameters(Agent agent) {
        return Map.of("owner", agent.ownerId().value(), "name", agent.name().value(),
                "description", agent.card().description(), "type", agent.card().type());
    }

    static Row row(ResultSet rs, StatementContext ctx) throws SQLException {
        return new Row(new UserId(rs.getString("owner_id")), new Username(rs.getString("username")),
                rs.getString("name"), rs.getString("description"), rs.getString("agent_type"),
                Optional.ofNullable(rs.getString("capability")));
    }

    /** The agents of consecutive rows, each with its capabilities in row order. */
    static List<Agent> fold(List<Row> rows) {
        Map<String, List<Row>> byName = new LinkedHashMap<>();
        for (Row row : rows) {
            byName.computeIfAbsent(row.name(), name -> new ArrayList<>()).add(row);
        }
        return byName.values().stream().map(AgentRows::agent).toList();
    }

    private static Agent agent(List<Row> rows) {
        Row first = rows.get(0);
        List<String> capabilities = rows.stream().flatMap(row -> row.capability().stream()).toList();
        AgentCard card = new AgentCard(new AgentName(first.name()), first.description(), first.type(), capabilities);
        return new Agent(first.owner(), first.ownerUsername(), card);
    }
}
