package dev.parley.adapter.server.ws;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.adapter.server.json.Json;
import dev.parley.adapter.server.json.MessageJson;
import dev.parley.adapter.server.json.Problem;
import dev.parley.adapter.server.json.UserView;
import dev.parley.adapter.server.limits.RateLimitedException;
import dev.parley.ports.model.ErrorCode;
import dev.parley.ports.model.Message;
import dev.parley.ports.model.ParleyException;
import dev.parley.ports.model.ServerEvent;

/** The server-to-client frames of the contract, one JSON object per text frame. */
final class Frames {
    private Frames() {
    }

    /** {@code retry_after} (seconds) only on a {@code rate_limited} refusal: the frame's {@code Retry-After}. */
    record ErrorFrame(String event, @JsonInclude(JsonInclude.Include.NON_NULL) JsonNode ref, int status, String code,
            String detail, @JsonInclude(JsonInclude.Include.NON_NULL) Long retryAfter) {
    }

    record FriendRequestFrame(String event, UserView from) {
    }

    record FriendAcceptedFrame(String event, UserView friend) {
    }

    record PresenceFrame(String event, String userId, boolean online) {
    }

    record PongFrame(String event) {
    }

    /** {@code {"event":"message","message":…}}, around the message's JSON rendered once (see {@link MessageJson}). */
    static String message(Message message) {
        return "{\"event\":\"message\",\"message\":" + MessageJson.of(message) + "}";
    }

    /** {@code {"event":"sent","ref":…,"message":…}}; a frame without a ref answers {@code "ref":null}. */
    static String sent(JsonNode ref, Message message) {
        return "{\"event\":\"sent\",\"ref\":" + ref(ref) + ",\"message\":" + MessageJson.of(message) + "}";
    }

    /**
     * A ref as the client sent it. Most refs are strings or integers, written here as Jackson writes them (the same
     * escaping) without a serializer per frame; anything else goes through the mapper.
     */
    static String ref(JsonNode ref) {
        if (ref != null && ref.isTextual()) {
            return Json.appendString(new StringBuilder(ref.textValue().length() + 2), ref.textValue()).toString();
        }
        if (ref != null && ref.isIntegralNumber()) {
            return ref.asText();
        }
        return Json.write(ref);
    }

    static String error(JsonNode ref, ParleyException refusal) {
        Problem problem = Problem.of(refusal.code(), refusal.detail());
        Long retryAfter = refusal.code() == ErrorCode.RATE_LIMITED ? RateLimitedException.retryAfterSeconds(refusal) : null;
        return Json.write(new ErrorFrame("error", ref, problem.status(), problem.code(), problem.detail(), retryAfter));
    }

    static String error(JsonNode ref, Problem problem) {
        return Json.write(new ErrorFrame("error", ref, problem.status(), problem.code(), problem.detail(), null));
    }

    static String pong() {
        return Json.write(new PongFrame("pong"));
    }

    static String event(ServerEvent event) {
        if (event instanceof ServerEvent.FriendRequested requested) {
            return Json.write(new FriendRequestFrame("friend_request", UserView.from(requested.from())));
        }
        if (event instanceof ServerEvent.FriendAccepted accepted) {
            return Json.write(new FriendAcceptedFrame("friend_accepted", UserView.from(accepted.friend())));
        }
        ServerEvent.PresenceChanged presence = (ServerEvent.PresenceChanged) event;
        return Json.write(new PresenceFrame("presence", presence.userId().value(), presence.online()));
    }
}
