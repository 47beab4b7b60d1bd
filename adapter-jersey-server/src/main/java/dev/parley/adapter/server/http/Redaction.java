package dev.parley.adapter.server.http;

import java.util.regex.Pattern;

/** Keeps secrets out of log lines: the {@code token} query parameter of a WebSocket URL, say. */
public final class Redaction {
    private static final Pattern TOKEN_PARAMETER = Pattern.compile("(?i)((?:^|[?&;])(?:access_)?token=)[^&;#]*");

    private Redaction() {
    }

    /** The query string with the value of every {@code token} parameter replaced. */
    public static String query(String query) {
        return TOKEN_PARAMETER.matcher(query).replaceAll("$1[redacted]");
    }

    /** A path with its query, token redacted; no query gives the path alone. */
    public static String target(String path, String query) {
        return query == null || query.isEmpty() ? path : path + "?" + query(query);
    }
}
