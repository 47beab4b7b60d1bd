package dev.parley.benchmarks.relay;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import org.glassfish.grizzly.http.Method;
import org.glassfish.grizzly.http.server.HttpHandler;
import org.glassfish.grizzly.http.server.Request;
import org.glassfish.grizzly.http.server.Response;

/**
 * The relay's REST side, one plain Grizzly handler: signup and login hand out the user id as the token, agents
 * and friend requests are accepted without a look, {@code POST /message/{id}} relays at once.
 */
final class RelayRest extends HttpHandler {
    private final RelayDirectory directory;
    private final RelayMessages messages;

    RelayRest(RelayDirectory directory, RelayMessages messages) {
        this.directory = directory;
        this.messages = messages;
    }

    @Override
    public void service(Request request, Response response) throws IOException {
        String path = request.getRequestURI();
        if (request.getMethod() != Method.POST) {
            answer(response, 404, Map.of("code", "not_found"));
            return;
        }
        JsonNode body = body(request);
        if (path.equals("/signup")) {
            String name = body.path("username").asText();
            answer(response, 201, Map.of("id", directory.idOf(name), "username", name, "created_at", Instant.now().toString()));
        } else if (path.equals("/login")) {
            String name = body.path("username").asText();
            String id = directory.idOf(name);
            answer(response, 200, Map.of("token", id, "token_type", "Bearer", "user_id", id, "username", name));
        } else if (path.equals("/agents")) {
            answer(response, 201, body);
        } else if (path.startsWith("/friend_request/")) {
            answer(response, 202, Map.of("status", "pending"));
        } else if (path.startsWith("/accept_friend_request/")) {
            answer(response, 200, Map.of("status", "accepted"));
        } else if (path.startsWith("/message/")) {
            String sender = bearer(request);
            answer(response, 202, messages.relay(sender, path.substring("/message/".length()), body));
        } else {
            answer(response, 404, Map.of("code", "not_found"));
        }
    }

    private static JsonNode body(Request request) throws IOException {
        byte[] bytes = request.getInputStream().readAllBytes();
        return bytes.length == 0 ? RelayMessages.MAPPER.createObjectNode() : RelayMessages.MAPPER.readTree(bytes);
    }

    private static String bearer(Request request) {
        String header = request.getHeader("Authorization");
        return header == null ? "" : header.substring(header.indexOf(' ') + 1);
    }

    private static void answer(Response response, int status, Object body) throws IOException {
        byte[] bytes = RelayMessages.write(body).getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setContentType("application/json");
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }
}
