package dev.parley.adapter.server.json;

import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import dev.parley.ports.model.ParleyException;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collection;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Turns Jackson's complaints into the contract's {@code invalid_request}, naming the field and the
 * expected JSON type, and never echoing the input (it may hold a password).
 */
final class JsonRefusals {
    private JsonRefusals() {
    }

    /** The refusal of a document; {@code whole} names the document itself (the {@code body}, a {@code frame}). */
    static ParleyException refusal(IOException problem, String whole) {
        Optional<StreamReadException> malformed = malformed(problem);
        if (malformed.isPresent()) {
            return malformed(malformed.get(), whole);
        }
        if (problem instanceof MismatchedInputException mismatch) {
            return ParleyException.invalid(field(mismatch, whole), "must be " + expected(mismatch.getTargetType()));
        }
        if (problem instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return ParleyException.invalid(field(mapping, whole), "has an invalid value");
        }
        if (problem instanceof StreamConstraintsException) {
            return ParleyException.invalid(whole, "JSON nested or sized beyond the limits");
        }
        return ParleyException.invalid(whole, "malformed JSON");
    }

    /** The parse failure behind a problem, if it is one: Jackson may wrap it in a mapping exception. */
    private static Optional<StreamReadException> malformed(Throwable problem) {
        for (Throwable cause = problem; cause != null; cause = cause.getCause()) {
            if (cause instanceof StreamReadException read && !(cause instanceof StreamConstraintsException)) {
                return Optional.of(read);
            }
        }
        return Optional.empty();
    }

    private static ParleyException malformed(StreamReadException parse, String whole) {
        if (parse.getLocation() == null) {
            return ParleyException.invalid(whole, "malformed JSON");
        }
        return ParleyException.invalid(whole, "malformed JSON at line "
                + parse.getLocation().getLineNr() + ", column " + parse.getLocation().getColumnNr());
    }

    private static String field(JsonMappingException problem, String whole) {
        String path = problem.getPath().stream()
                .map(reference -> reference.getFieldName() != null ? reference.getFieldName() : "[" + reference.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
        return path.isEmpty() ? whole : path;
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "of another JSON type";
        }
        if (type == String.class) {
            return "a string";
        }
        if (type == Long.class || type == Integer.class || type == long.class || type == int.class || type == BigInteger.class) {
            return "an integer";
        }
        if (type == BigDecimal.class || type == Double.class || type == double.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "a boolean";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "an array";
        }
        return "a JSON object";
    }
}
