package dev.parley.adapter.server.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import dev.parley.ports.model.ParleyException;

/**
 * The one Jackson configuration of the server. Input is strict: no scalar is coerced into another
 * type (a number is never a string, a string never a number), trailing garbage is malformed;
 * unknown fields are ignored. Output is compact, snake_case, nulls written out.
 */
public final class Json {
    private static final ObjectMapper MAPPER = build();
    /** A reader per target type, made once: no lookup of the type and its deserializer per document. */
    private static final ClassValue<ObjectReader> READERS = new ClassValue<>() {
        @Override
        protected ObjectReader computeValue(Class<?> type) {
            return MAPPER.readerFor(type);
        }
    };

    private Json() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** Reads one JSON document into {@code type}, refusing anything else with {@code invalid_request} naming the field. */
    public static <T> T read(byte[] body, Class<T> type) {
        try {
            return Optional.ofNullable(READERS.get(type).<T>readValue(body))
                    .orElseThrow(() -> ParleyException.invalid("body", "must be a JSON object"));
        } catch (IOException refused) {
            throw JsonRefusals.refusal(refused, "body");
        }
    }

    /** Parses one JSON document. */
    public static JsonNode tree(String text) {
        return tree(text, "body");
    }

    /** Parses one JSON document, which a refusal of it as a whole calls {@code whole}. */
    public static JsonNode tree(String text, String whole) {
        try {
            return MAPPER.readTree(text);
        } catch (IOException refused) {
            throw JsonRefusals.refusal(refused, whole);
        }
    }

    /**
     * Parses one JSON document that must be an object, which a refusal of it as a whole calls {@code whole}: for the
     * documents every message passes through, whose fields are then taken by hand ({@link #string}) instead of bound
     * by reflection, with the refusals binding gives.
     */
    public static JsonNode object(byte[] document, String whole) {
        try {
            return requireObject(MAPPER.readTree(document), whole);
        } catch (IOException refused) {
            throw JsonRefusals.refusal(refused, whole);
        }
    }

    /** Like {@link #object(byte[], String)}, for a text. */
    public static JsonNode object(String document, String whole) {
        return requireObject(tree(document, whole), whole);
    }

    private static JsonNode requireObject(JsonNode document, String whole) {
        if (document == null || !document.isObject()) {
            throw ParleyException.invalid(whole, "must be a JSON object");
        }
        return document;
    }

    /** A string field of an object: null when missing or null, {@code invalid_request} naming it when not a string. */
    public static String string(JsonNode object, String field) {
        JsonNode value = object.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw ParleyException.invalid(field, "must be a string");
        }
        return value.textValue();
    }

    /**
     * Appends {@code value} as a JSON string, escaped as Jackson's generator escapes it ({@link JsonStringEncoder}), or
     * {@code null}: for the text written by hand on the hot path. A string with nothing to escape (ids and names,
     * mostly) is copied as it is.
     */
    public static StringBuilder appendString(StringBuilder out, String value) {
        if (value == null) {
            return out.append("null");
        }
        out.append('"');
        if (needsNoEscape(value)) {
            out.append(value);
        } else {
            JsonStringEncoder.getInstance().quoteAsString(value, out);
        }
        return out.append('"');
    }

    /** No control character, quote or backslash: the only characters Jackson escapes by default. */
    private static boolean needsNoEscape(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 || c == '"' || c == '\\') {
                return false;
            }
        }
        return true;
    }

    /** The compact form of a JSON value, as message content is stored. */
    public static String compact(JsonNode node) {
        return write(node);
    }

    /** The compact JSON of a value, as UTF-8 bytes for a response body. */
    public static byte[] bytes(Object value) {
        try {
            return MAPPER.writeValueAsBytes(value);
        } catch (JsonProcessingException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    private static ObjectMapper build() {
        JsonMapper mapper = JsonMapper.builder()
                .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
                .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                .disable(SerializationFeature.INDENT_OUTPUT)
                .build();
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Integer)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Boolean)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Collection)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        return mapper;
    }
}
