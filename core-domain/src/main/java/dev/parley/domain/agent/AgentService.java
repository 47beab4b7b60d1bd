package dev.parley.domain.agent;

import dev.parley.domain.account.UserDirectory;
import dev.parley.domain.social.FriendshipGuard;
import dev.parley.ports.in.ListFriendAgentsUseCase;
import dev.parley.ports.in.ListOwnAgentsUseCase;
import dev.parley.ports.in.RegisterAgentUseCase;
import dev.parley.ports.in.RemoveAgentUseCase;
import dev.parley.ports.in.UpdateAgentUseCase;
import dev.parley.ports.model.Agent;
import dev.parley.ports.model.AgentCard;
import dev.parley.ports.model.AgentListing;
import dev.parley.ports.model.AgentName;
import dev.parley.ports.model.User;
import dev.parley.ports.model.UserId;
import dev.parley.ports.out.Agents;
import dev.parley.ports.out.Presence;
import java.util.List;

/** Registers, changes and lists agents; a user sees their own agents and their friends'. */
public final class AgentService implements RegisterAgentUseCase, UpdateAgentUseCase, RemoveAgentUseCase,
        ListOwnAgentsUseCase, ListFriendAgentsUseCase {
    private final UserDirectory users;
    private final FriendshipGuard friends;
    private final Agents agents;
    private final Presence presence;

    public AgentService(UserDirectory users, FriendshipGuard friends, Agents agents, Presence presence) {
        this.users = users;
        this.friends = friends;
        this.agents = agents;
        this.presence = presence;
    }

    @Override
    public Agent registerAgent(UserId ownerId, AgentCard card) {
        Agent agent = agentOf(ownerId, card);
        AgentPolicy.requireAdded(agents.add(agent), card.name());
        return agent;
    }

    @Override
    public Agent updateAgent(UserId ownerId, AgentCard card) {
        Agent agent = agentOf(ownerId, card);
        if (!agents.replace(agent)) {
            throw AgentPolicy.notFound(card.name(), "name");
        }
        return agent;
    }

    @Override
    public void removeAgent(UserId owner, AgentName name) {
        if (!agents.remove(owner, name)) {
            throw AgentPolicy.notFound(name, "name");
        }
    }

    @Override
    public List<AgentListing> listOwnAgents(UserId owner) {
        return listings(owner);
    }

    @Override
    public List<AgentListing> listFriendAgents(UserId viewer, UserId friend) {
        users.require(friend);
        friends.requireFriends(viewer, friend);
        return listings(friend);
    }

    private Agent agentOf(UserId ownerId, AgentCard card) {
        User owner = users.require(ownerId);
        return new Agent(owner.id(), owner.username(), card);
    }

    private List<AgentListing> listings(UserId owner) {
        return agents.ownedBy(owner).stream()
                .map(agent -> new AgentListing(agent, presence.isServing(owner, agent.name())))
                .toList();
    }
}
