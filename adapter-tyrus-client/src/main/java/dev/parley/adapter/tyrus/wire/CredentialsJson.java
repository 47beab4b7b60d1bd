package dev.parley.adapter.tyrus.wire;

/** The body of {@code POST /signup} and {@code POST /login}; never prints the password. */
public record CredentialsJson(String username, String password) {
    @Override
    public String toString() {
        return "CredentialsJson[username=" + username + ", password redacted]";
    }
}
