package dev.parley.adapter.server.rest;

import dev.parley.ports.model.AgentName;
import dev.parley.ports.model.ErrorCode;
import dev.parley.ports.model.ParleyException;
import dev.parley.ports.model.UserId;
import dev.parley.ports.model.Username;

/** Path segments that name something: a value that cannot be valid names nothing, so it is "not found", not "invalid". */
final class PathValues {
    private PathValues() {
    }

    static Username username(String value) {
        try {
            return new Username(value);
        } catch (ParleyException invalid) {
            throw new ParleyException(ErrorCode.USER_NOT_FOUND, "username: no such user");
        }
    }

    static UserId userId(String value) {
        try {
            return new UserId(value);
        } catch (ParleyException invalid) {
            throw new ParleyException(ErrorCode.USER_NOT_FOUND, "friend_id: no such user");
        }
    }

    static AgentName agentName(String value) {
        try {
            return new AgentName(value);
        } catch (ParleyException invalid) {
            throw new ParleyException(ErrorCode.AGENT_NOT_FOUND, "name: you have no such agent");
        }
    }
}
