package dev.parley.adapter.tyrus.wire;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.ports.client.ClientEvent;
import dev.parley.ports.model.Message;
import dev.parley.ports.model.User;
import dev.parley.ports.model.UserId;

/** One frame the server sent on the WebSocket, as the client acts on it. */
public sealed interface ServerFrame {
    /** {@code {"event": "message", "message": …}}. */
    record Delivered(Message message) implements ServerFrame {
    }

    /** A friend request, an acceptance or a presence change, already in the port's terms. */
    record Event(ClientEvent event) implements ServerFrame {
    }

    /** {@code {"event": "pong"}}. */
    record Pong() implements ServerFrame {
    }

    /** {@code {"event": "error", …}}: a frame of ours was refused; the session stays open. */
    record Refused(ProblemJson problem) implements ServerFrame {
    }

    /** An event this client does not act on ({@code sent}, or one a newer server added). */
    record Other(String event) implements ServerFrame {
    }

    /** Reads one text frame; malformed input throws {@link WireFormatException}. */
    static ServerFrame read(String text) {
        JsonNode frame = WireJson.tree(text);
        String event = Fields.required(frame.path("event").textValue(), "event");
        return switch (event) {
            case "message" -> new Delivered(WireJson.convert(frame.path("message"), MessageJson.class).toMessage());
            case "friend_request" -> new Event(new ClientEvent.FriendRequestReceived(user(frame, "from")));
            case "friend_accepted" -> new Event(new ClientEvent.FriendAccepted(user(frame, "friend")));
            case "presence" -> new Event(new ClientEvent.PresenceChanged(
                    new UserId(Fields.required(frame.path("user_id").textValue(), "user_id")),
                    Fields.required(frame.get("online"), "online").asBoolean()));
            case "pong" -> new Pong();
            case "error" -> new Refused(WireJson.convert(frame, ProblemJson.class));
            default -> new Other(event);
        };
    }

    private static User user(JsonNode frame, String field) {
        return WireJson.convert(Fields.required(frame.get(field), field), UserJson.class).toUser();
    }
}
