package dev.parley.ports.model;

import java.util.Locale;
import java.util.regex.Pattern;

/** A username as the user chose it; unique ignoring case, so compare with {@link #key()}. */
public record Username(String value) {
    private static final Pattern RULE = Pattern.compile("^[A-Za-z0-9_.-]{3,32}$");

    public Username {
        Check.matches(value, RULE, "username");
    }

    /** The case-folded form under which usernames are unique. */
    public String key() {
        return value.toLowerCase(Locale.ROOT);
    }

    public boolean sameAs(Username other) {
        return key().equals(other.key());
    }

    @Override
    public String toString() {
        return value;
    }
}
