package dev.parley.ports.model;

/** One login: its access and refresh tokens share it, and logging out revokes it. */
public record SessionId(String value) {
    public SessionId {
        Check.length(value, 1, 128, "session_id");
    }

    @Override
    public String toString() {
        return value;
    }
}
