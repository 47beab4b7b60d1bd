package dev.parley.adapter.server.json;

/** The body of {@code POST /token/refresh}. */
public record RefreshRequest(String refreshToken) {
    public String required() {
        return Fields.required(refreshToken, "refresh_token");
    }

    @Override
    public String toString() {
        return "RefreshRequest[redacted]";
    }
}
