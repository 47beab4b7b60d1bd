package dev.parley.ports.model;

import java.util.regex.Pattern;

/** Validation helpers for the compact constructors of this package. */
final class Check {
    private Check() {
    }

    static <T> T present(T value, String field) {
        if (value == null) {
            throw ParleyException.invalid(field, "is required");
        }
        return value;
    }

    static String matches(String value, Pattern pattern, String field) {
        present(value, field);
        if (!pattern.matcher(value).matches()) {
            throw ParleyException.invalid(field, "must match " + pattern.pattern());
        }
        return value;
    }

    static String length(String value, int min, int max, String field) {
        present(value, field);
        int length = value.codePointCount(0, value.length());
        if (length < min || length > max) {
            throw ParleyException.invalid(field, "must be " + min + " to " + max + " characters");
        }
        return value;
    }

    static String notBlank(String value, String field) {
        present(value, field);
        if (value.isBlank()) {
            throw ParleyException.invalid(field, "must not be blank");
        }
        return value;
    }
}
