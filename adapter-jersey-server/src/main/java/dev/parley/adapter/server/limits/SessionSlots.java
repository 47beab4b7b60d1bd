package dev.parley.adapter.server.limits;

import dev.parley.ports.model.UserId;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Open WebSocket sessions per user on this node, at most {@code perUser} ({@code 0}: no limit). The handshake
 * {@linkplain #requireRoom checks} for room so a refusal is a plain HTTP {@code 429}; the opened endpoint then
 * {@linkplain #tryTake takes} the slot, which settles handshakes that raced for the last one.
 */
public final class SessionSlots {
    private final int perUser;
    private final ConcurrentMap<UserId, Integer> open = new ConcurrentHashMap<>();

    public SessionSlots(int perUser) {
        this.perUser = perUser;
    }

    /** Refuses ({@code rate_limited}) when the user already has {@code perUser} sessions open. */
    public void requireRoom(UserId user) {
        if (perUser > 0 && open.getOrDefault(user, 0) >= perUser) {
            throw full();
        }
    }

    /** Takes a slot; false (nothing taken) when the user has none left. */
    public boolean tryTake(UserId user) {
        if (perUser == 0) {
            return true;
        }
        boolean[] taken = new boolean[1];
        open.compute(user, (ignored, count) -> {
            int now = count == null ? 0 : count;
            taken[0] = now < perUser;
            return taken[0] ? now + 1 : now;
        });
        return taken[0];
    }

    /** Gives back a slot {@link #tryTake} took. */
    public void release(UserId user) {
        if (perUser > 0) {
            open.computeIfPresent(user, (ignored, count) -> count <= 1 ? null : count - 1);
        }
    }

    /** The refusal of one session too many. */
    public RateLimitedException full() {
        return new RateLimitedException("too many WebSocket sessions: at most " + perUser + " per user; close one first",
                Limits.QUOTA_RETRY_AFTER);
    }
}
