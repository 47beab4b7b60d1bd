package dev.parley.adapter.inmemory.store;

import dev.parley.ports.model.Agent;
import dev.parley.ports.model.AgentName;
import dev.parley.ports.model.UserId;
import dev.parley.ports.out.Agents;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The agents of each owner in a map sorted by name, under one lock. */
public final class InMemoryAgents implements Agents {
    private final Map<UserId, TreeMap<String, Agent>> byOwner = new HashMap<>();

    @Override
    public synchronized boolean add(Agent agent) {
        return byOwner.computeIfAbsent(agent.ownerId(), owner -> new TreeMap<>())
                .putIfAbsent(agent.name().value(), agent) == null;
    }

    @Override
    public synchronized boolean replace(Agent agent) {
        TreeMap<String, Agent> agents = byOwner.get(agent.ownerId());
        return agents != null && agents.replace(agent.name().value(), agent) != null;
    }

    @Override
    public synchronized boolean remove(UserId owner, AgentName name) {
        TreeMap<String, Agent> agents = byOwner.get(owner);
        return agents != null && agents.remove(name.value()) != null;
    }

    @Override
    public synchronized Optional<Agent> find(UserId owner, AgentName name) {
        return Optional.ofNullable(byOwner.getOrDefault(owner, new TreeMap<>()).get(name.value()));
    }

    @Override
    public synchronized List<Agent> ownedBy(UserId owner) {
        return List.copyOf(byOwner.getOrDefault(owner, new TreeMap<>()).values());
    }
}
