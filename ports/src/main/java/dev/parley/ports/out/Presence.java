package dev.parley.ports.out;

import dev.parley.ports.model.AgentName;
import dev.parley.ports.model.AgentSelection;
import dev.parley.ports.model.ServerEvent;
import dev.parley.ports.model.UserId;
import java.util.function.Consumer;

/** Which users have live sessions, and which agents those sessions serve. */
public interface Presence {
    /** Records an open session; true when this made the user go from offline to online. */
    boolean sessionOpened(UserId user, String sessionKey, AgentSelection agents);

    /** Forgets a session; true when this made the user go offline. Idempotent. */
    boolean sessionClosed(UserId user, String sessionKey);

    boolean isOnline(UserId user);

    boolean isServing(UserId owner, AgentName agent);

    /**
     * Registers the receiver of the online changes no call here made: across server nodes, a node that stops renewing
     * its lease takes its users' sessions with it, and a node that lost its lease brings them back. Presence held in
     * one process never changes by itself, so by default nothing is ever reported.
     */
    default void subscribe(Consumer<ServerEvent.PresenceChanged> changes) {
    }
}
