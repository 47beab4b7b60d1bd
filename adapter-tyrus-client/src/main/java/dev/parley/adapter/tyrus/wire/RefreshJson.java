package dev.parley.adapter.tyrus.wire;

/** The body of {@code POST /token/refresh}; never prints the token. */
public record RefreshJson(String refreshToken) {
    @Override
    public String toString() {
        return "RefreshJson[redacted]";
    }
}
