package dev.parley.adapter.server.json;

import dev.parley.ports.model.AgentName;
import dev.parley.ports.model.MessageType;
import dev.parley.ports.model.ParleyException;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** Checks of single request fields, each refusal naming the field as the client spelled it. */
public final class Fields {
    private static final String TYPES = Arrays.stream(MessageType.values()).map(Enum::name).collect(Collectors.joining(", "));

    private Fields() {
    }

    public static <T> T required(T value, String field) {
        if (value == null) {
            throw ParleyException.invalid(field, "is required");
        }
        return value;
    }

    public static AgentName agentName(String value, String field) {
        required(value, field);
        try {
            return new AgentName(value);
        } catch (ParleyException invalid) {
            throw ParleyException.invalid(field, "must match ^[a-z0-9][a-z0-9_-]{0,63}$");
        }
    }

    public static Optional<AgentName> optionalAgentName(String value, String field) {
        return Optional.ofNullable(value).map(name -> agentName(name, field));
    }

    public static MessageType messageType(String value) {
        required(value, "type");
        try {
            return MessageType.valueOf(value);
        } catch (IllegalArgumentException unknown) {
            throw ParleyException.invalid("type", "must be one of " + TYPES);
        }
    }

    /** A non-negative integer query parameter. */
    public static long nonNegative(String value, String field) {
        try {
            long parsed = Long.parseLong(value);
            if (parsed >= 0) {
                return parsed;
            }
        } catch (NumberFormatException notANumber) {
            // refused below, like a negative number
        }
        throw ParleyException.invalid(field, "must be a non-negative integer");
    }
}
