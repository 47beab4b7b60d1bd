package dev.parley.adapter.jdbc;

/** A JDBC URL fit for a log line or an error message: without its query string or user info, where passwords go. */
final class Redacted {
    private Redacted() {
    }

    static String url(String jdbcUrl) {
        String withoutQuery = jdbcUrl.split("[?;]", 2)[0];
        return withoutQuery.replaceFirst("//[^/@]*@", "//");
    }
}
