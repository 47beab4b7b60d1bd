package dev.parley.adapter.inmemory.live;

import dev.parley.ports.model.AgentName;
import dev.parley.ports.model.AgentSelection;
import dev.parley.ports.model.UserId;
import dev.parley.ports.out.Presence;
import java.util.HashMap;
import java.util.Map;

/** Counts each user's open sessions and remembers the agents each session serves. */
public final class InMemoryPresence implements Presence {
    private final Map<UserId, Map<String, AgentSelection>> sessions = new HashMap<>();

    @Override
    public synchronized boolean sessionOpened(UserId user, String sessionKey, AgentSelection agents) {
        Map<String, AgentSelection> open = sessions.computeIfAbsent(user, u -> new HashMap<>());
        boolean wasOffline = open.isEmpty();
        open.put(sessionKey, agents);
        return wasOffline;
    }

    @Override
    public synchronized boolean sessionClosed(UserId user, String sessionKey) {
        Map<String, AgentSelection> open = sessions.get(user);
        if (open == null || open.remove(sessionKey) == null) {
            return false;
        }
        if (open.isEmpty()) {
            sessions.remove(user);
            return true;
        }
        return false;
    }

    @Override
    public synchronized boolean isOnline(UserId user) {
        return sessions.containsKey(user);
    }

    @Override
    public synchronized boolean isServing(UserId owner, AgentName agent) {
        return sessions.getOrDefault(owner, Map.of()).values().stream()
                .anyMatch(selection -> selection.servesAgent(agent));
    }
}
