package dev.parley.benchmarks.relay;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.inject.Inject;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.time.Instant;
import java.util.Map;

/**
 * The relay's REST side as a Jersey resource, for the {@code relay-jersey} yardstick: the same answers as
 * {@link RelayRest}, through the framework Parley uses, with nothing of Parley's (no filters, no checks). Public and
 * per request, as Jersey resources are by default.
 */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public final class RelayResource {
    private final RelayDirectory directory;
    private final RelayMessages messages;

    @Inject
    public RelayResource(RelayDirectory directory, RelayMessages messages) {
        this.directory = directory;
        this.messages = messages;
    }

    @POST
    @Path("signup")
    public Response signUp(String body) throws IOException {
        String name = RelayMessages.MAPPER.readTree(body).path("username").asText();
        return answer(201, Map.of("id", directory.idOf(name), "username", name, "created_at", Instant.now().toString()));
    }

    @POST
    @Path("login")
    public Response logIn(String body) throws IOException {
        String name = RelayMessages.MAPPER.readTree(body).path("username").asText();
        String id = directory.idOf(name);
        return answer(200, Map.of("token", id, "token_type", "Bearer", "user_id", id, "username", name));
    }

    @POST
    @Path("agents")
    public Response agent(String body) {
        return answer(201, body);
    }

    @POST
    @Path("friend_request/{name}")
    public Response ask() {
        return answer(202, Map.of("status", "pending"));
    }

    @POST
    @Path("accept_friend_request/{name}")
    public Response accept() {
        return answer(200, Map.of("status", "accepted"));
    }

    @POST
    @Path("message/{id}")
    public Response send(@PathParam("id") String recipient, @HeaderParam("Authorization") String authorization, String body)
            throws IOException {
        JsonNode fields = RelayMessages.MAPPER.readTree(body);
        String sender = authorization == null ? "" : authorization.substring(authorization.indexOf(' ') + 1);
        return answer(202, messages.relay(sender, recipient, fields));
    }

    private static Response answer(int status, Object body) {
        return Response.status(status).entity(body instanceof String text ? text : RelayMessages.write(body)).build();
    }
}
