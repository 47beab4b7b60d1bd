package dev.parley.adapter.tyrus.wire;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The client's one Jackson configuration: snake_case, unknown fields ignored (a newer server may add some),
 * absent optional fields left out of what it writes, compact output (message content is compared as compact JSON).
 */
public final class WireJson {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .build();

    private WireJson() {
    }

    /** Reads {@code text} as {@code type}; malformed input throws {@link WireFormatException}. */
    public static <T> T read(String text, Class<T> type) {
        return read(text, MAPPER.constructType(type));
    }

    public static <T> List<T> readList(String text, Class<T> element) {
        return read(text, MAPPER.getTypeFactory().constructCollectionType(List.class, element));
    }

    public static JsonNode tree(String text) {
        return read(text, MAPPER.constructType(JsonNode.class));
    }

    public static <T> T convert(JsonNode node, Class<T> type) {
        try {
            return MAPPER.treeToValue(node, type);
        } catch (JsonProcessingException | IllegalArgumentException malformed) {
            throw new WireFormatException("unexpected " + type.getSimpleName(), malformed);
        }
    }

    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    private static <T> T read(String text, JavaType type) {
        try {
            T value = MAPPER.readValue(text, type);
            if (value == null) {
                throw new WireFormatException("expected " + type.getRawClass().getSimpleName() + ", got null");
            }
            return value;
        } catch (JsonProcessingException malformed) {
            throw new WireFormatException("unexpected " + type.getRawClass().getSimpleName(), malformed);
        }
    }
}
