package dev.parley.adapter.server.json;

/** The body of {@code POST /signup} and {@code POST /login}. */
public record Credentials(String username, String password) {
    @Override
    public String toString() {
        return "Credentials[username=" + username + ", password redacted]";
    }
}
