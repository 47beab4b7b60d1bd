package dev.parley.adapter.server.rest;

import dev.parley.adapter.server.http.Authenticated;
import dev.parley.adapter.server.http.AuthenticatedUser;
import dev.parley.adapter.server.json.FriendRequestsView;
import dev.parley.adapter.server.json.FriendView;
import dev.parley.adapter.server.json.StatusView;
import dev.parley.ports.in.AcceptFriendRequestUseCase;
import dev.parley.ports.in.ListFriendRequestsUseCase;
import dev.parley.ports.in.ListFriendsUseCase;
import dev.parley.ports.in.RejectFriendRequestUseCase;
import dev.parley.ports.in.RemoveFriendUseCase;
import dev.parley.ports.in.SendFriendRequestUseCase;
import dev.parley.ports.model.FriendRequestStatus;
import dev.parley.ports.model.UserId;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;

/** Friend requests and friendships. */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Singleton
public final class FriendResource {
    private final SendFriendRequestUseCase sendRequest;
    private final AcceptFriendRequestUseCase accept;
    private final RejectFriendRequestUseCase reject;
    private final ListFriendRequestsUseCase listRequests;
    private final ListFriendsUseCase listFriends;
    private final RemoveFriendUseCase removeFriend;

    @Inject
    public FriendResource(SendFriendRequestUseCase sendRequest, AcceptFriendRequestUseCase accept, RejectFriendRequestUseCase reject,
            ListFriendRequestsUseCase listRequests, ListFriendsUseCase listFriends, RemoveFriendUseCase removeFriend) {
        this.sendRequest = sendRequest;
        this.accept = accept;
        this.reject = reject;
        this.listRequests = listRequests;
        this.listFriends = listFriends;
        this.removeFriend = removeFriend;
    }

    /** {@code 202 pending}, or {@code 200 accepted} when that user had already asked you. */
    @POST
    @Path("friend_request/{username}")
    public Response request(@PathParam("username") String username, @Context SecurityContext security) {
        FriendRequestStatus status = sendRequest.sendFriendRequest(me(security), PathValues.username(username));
        int code = status == FriendRequestStatus.ACCEPTED ? 200 : 202;
        return Response.status(code).entity(StatusView.from(status)).build();
    }

    @POST
    @Path("accept_friend_request/{username}")
    public StatusView accept(@PathParam("username") String username, @Context SecurityContext security) {
        accept.acceptFriendRequest(me(security), PathValues.username(username));
        return StatusView.from(FriendRequestStatus.ACCEPTED);
    }

    @POST
    @Path("reject_friend_request/{username}")
    public StatusView reject(@PathParam("username") String username, @Context SecurityContext security) {
        reject.rejectFriendRequest(me(security), PathValues.username(username));
        return StatusView.from(FriendRequestStatus.REJECTED);
    }

    @GET
    @Path("friend_requests")
    public FriendRequestsView requests(@Context SecurityContext security) {
        return FriendRequestsView.from(listRequests.listFriendRequests(me(security)));
    }

    @GET
    @Path("friends")
    public List<FriendView> friends(@Context SecurityContext security) {
        return listFriends.listFriends(me(security)).stream().map(FriendView::from).toList();
    }

    @DELETE
    @Path("friends/{username}")
    public Response unfriend(@PathParam("username") String username, @Context SecurityContext security) {
        removeFriend.removeFriend(me(security), PathValues.username(username));
        return Response.noContent().build();
    }

    private static UserId me(SecurityContext security) {
        return AuthenticatedUser.of(security).userId();
    }
}
