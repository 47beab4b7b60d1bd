package dev.parley.adapter.server.rest;

import dev.parley.adapter.server.http.Authenticated;
import dev.parley.adapter.server.http.AuthenticatedUser;
import dev.parley.adapter.server.json.AgentRequest;
import dev.parley.adapter.server.json.AgentView;
import dev.parley.adapter.server.json.Fields;
import dev.parley.ports.in.ListFriendAgentsUseCase;
import dev.parley.ports.in.ListOwnAgentsUseCase;
import dev.parley.ports.in.RegisterAgentUseCase;
import dev.parley.ports.in.RemoveAgentUseCase;
import dev.parley.ports.in.UpdateAgentUseCase;
import dev.parley.ports.model.Agent;
import dev.parley.ports.model.UserId;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;

/**
 * Agents: your own ({@code /agents}, {@code /agents/{name}}) and a friend's ({@code GET /agents/{friend_id}}).
 * One template serves both uses of the segment, told apart by the method.
 */
@Path("agents")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Singleton
public final class AgentResource {
    private final RegisterAgentUseCase register;
    private final UpdateAgentUseCase update;
    private final RemoveAgentUseCase remove;
    private final ListOwnAgentsUseCase listOwn;
    private final ListFriendAgentsUseCase listFriends;

    @Inject
    public AgentResource(RegisterAgentUseCase register, UpdateAgentUseCase update, RemoveAgentUseCase remove,
            ListOwnAgentsUseCase listOwn, ListFriendAgentsUseCase listFriends) {
        this.register = register;
        this.update = update;
        this.remove = remove;
        this.listOwn = listOwn;
        this.listFriends = listFriends;
    }

    @POST
    public Response register(AgentRequest body, @Context SecurityContext security) {
        Agent agent = register.registerAgent(me(security), Fields.required(body, "body").card());
        return Response.status(Response.Status.CREATED).entity(view(agent)).build();
    }

    @GET
    public List<AgentView> own(@Context SecurityContext security) {
        return listOwn.listOwnAgents(me(security)).stream().map(AgentView::from).toList();
    }

    @PUT
    @Path("{key}")
    public AgentView update(@PathParam("key") String name, AgentRequest body, @Context SecurityContext security) {
        AgentRequest request = Fields.required(body, "body");
        return view(update.updateAgent(me(security), request.cardNamed(PathValues.agentName(name))));
    }

    @DELETE
    @Path("{key}")
    public Response remove(@PathParam("key") String name, @Context SecurityContext security) {
        remove.removeAgent(me(security), PathValues.agentName(name));
        return Response.noContent().build();
    }

    @GET
    @Path("{key}")
    public List<AgentView> ofFriend(@PathParam("key") String friendId, @Context SecurityContext security) {
        return listFriends.listFriendAgents(me(security), PathValues.userId(friendId)).stream().map(AgentView::from).toList();
    }

    /** An agent just written, with whether a live session of its owner already serves it. */
    private AgentView view(Agent agent) {
        boolean online = listOwn.listOwnAgents(agent.ownerId()).stream()
                .anyMatch(listing -> listing.agent().name().equals(agent.name()) && listing.online());
        return AgentView.from(agent, online);
    }

    private static UserId me(SecurityContext security) {
        return AuthenticatedUser.of(security).userId();
    }
}
