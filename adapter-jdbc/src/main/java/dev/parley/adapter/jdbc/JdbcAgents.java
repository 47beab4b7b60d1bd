package dev.parley.adapter.jdbc;

import dev.parley.ports.model.Agent;
import dev.parley.ports.model.AgentName;
import dev.parley.ports.model.UserId;
import dev.parley.ports.out.Agents;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * Agents in {@code agents}, their capabilities in order in {@code agent_capabilities}. One agent by name is looked up
 * on every send: answered from a {@link ReadCache} where that is safe.
 */
final class JdbcAgents implements Agents {
    private final Database database;
    private final ReadCache<Key, Agent> byName;

    JdbcAgents(Database database) {
        this.database = database;
        this.byName = ReadCache.on(database);
    }

    @Override
    public boolean add(Agent agent) {
        return changing(agent.ownerId(), agent.name(), () -> insert(agent));
    }

    @Override
    public boolean replace(Agent agent) {
        return changing(agent.ownerId(), agent.name(), () -> update(agent));
    }

    @Override
    public boolean remove(UserId owner, AgentName name) {
        return changing(owner, name, () -> delete(owner, name));
    }

    @Override
    public Optional<Agent> find(UserId owner, AgentName name) {
        return byName.get(new Key(owner, name), key -> load(owner, name));
    }

    private boolean changing(UserId owner, AgentName name, BooleanSupplier write) {
        try {
            return write.getAsBoolean();
        } finally {
            byName.invalidate(new Key(owner, name));
        }
    }

    private boolean insert(Agent agent) {
        return database.write(handle -> {
            int added = handle.createUpdate("""
                            INSERT INTO agents (owner_id, name, description, agent_type)
                            VALUES (:owner, :name, :description, :type)
                            ON CONFLICT DO NOTHING""")
                    .bindMap(AgentRows.parameters(agent))
                    .execute();
            if (added == 1) {
                insertCapabilities(handle, agent);
            }
            return added == 1;
        });
    }

    private boolean update(Agent agent) {
        return database.write(handle -> {
            int changed = handle.createUpdate("""
                            UPDATE agents SET description = :description, agent_type = :type
                            WHERE owner_id = :owner AND name = :name""")
                    .bindMap(AgentRows.parameters(agent))
                    .execute();
            if (changed == 1) {
                deleteCapabilities(handle, agent.ownerId(), agent.name());
                insertCapabilities(handle, agent);
            }
            return changed == 1;
        });
    }

    private boolean delete(UserId owner, AgentName name) {
        return database.write(handle -> {
            deleteCapabilities(handle, owner, name);
            return handle.createUpdate("DELETE FROM agents WHERE owner_id = :owner AND name = :name")
                    .bind("owner", owner.value())
                    .bind("name", name.value())
                    .execute() == 1;
        });
    }

    private Optional<Agent> load(UserId owner, AgentName name) {
        return database.read(handle -> AgentRows.fold(handle.createQuery(AgentRows.SELECT + " AND a.name = :name" + AgentRows.ORDER)
                .bind("owner", owner.value())
                .bind("name", name.value())
                .map(AgentRows::row)
                .list())).stream().findFirst();
    }

    @Override
    public List<Agent> ownedBy(UserId owner) {
        List<Agent> agents = database.read(handle -> AgentRows.fold(handle.createQuery(AgentRows.SELECT + AgentRows.ORDER)
                .bind("owner", owner.value())
                .map(AgentRows::row)
                .list()));
        // Sorted here, not by the database, whose collation may not order '-' and '_' as Java does.
        return agents.stream().sorted(Comparator.comparing(agent -> agent.name().value())).toList();
    }

    /** An agent's key: its owner and name. */
    private record Key(UserId owner, AgentName name) {
    }

    private static void insertCapabilities(Handle handle, Agent agent) {
        List<String> capabilities = agent.card().capabilities();
        if (capabilities.isEmpty()) {
            return;
        }
        PreparedBatch batch = handle.prepareBatch("""
                INSERT INTO agent_capabilities (owner_id, agent_name, position, capability)
                VALUES (:owner, :name, :position, :capability)""");
        for (int position = 0; position < capabilities.size(); position++) {
            batch.bind("owner", agent.ownerId().value())
                    .bind("name", agent.name().value())
                    .bind("position", position)
                    .bind("capability", capabilities.get(position))
                    .add();
        }
        batch.execute();
    }

    private static void deleteCapabilities(Handle handle, UserId owner, AgentName name) {
        handle.createUpdate("DELETE FROM agent_capabilities WHERE owner_id = :owner AND agent_name = :name")
                .bind("owner", owner.value())
                .bind("name", name.value())
                .execute();
    }
}
