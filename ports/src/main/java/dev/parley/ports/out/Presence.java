package dev.parley.ports.out;

import dev.parley.ports.model.AgentName;
import dev.parley.ports.model.AgentSelection;
import dev.parley.ports.model.UserId;

/** Which users have live sessions, and which agents those sessions serve. */
public interface Presence {
    /** Records an open session; true when this made the user go from offline to online. */
    boolean sessionOpened(UserId user, String sessionKey, AgentSelection agents);

    /** Forgets a session; true when this made the user go offline. Idempotent. */
    boolean sessionClosed(UserId user, String sessionKey);

    boolean isOnline(UserId user);

    boolean isServing(UserId owner, AgentName agent);
}
