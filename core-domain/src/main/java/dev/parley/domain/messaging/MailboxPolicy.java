package dev.parley.domain.messaging;

import dev.parley.ports.model.AgentName;
import dev.parley.ports.model.ErrorCode;
import dev.parley.ports.model.ParleyException;
import java.util.Optional;

/**
 * The mailbox limit: a recipient agent holds at most so many pending messages; the sender of one more is refused
 * with {@code rate_limited} (the contract's "try again later": room comes back as the recipient acknowledges), never
 * dropped. The count is read before the append, so senders racing for the last places may overshoot by as many
 * messages as are in flight at that moment: a bound on storage, not an exact quota.
 */
public final class MailboxPolicy {
    private final int maxPendingPerAgent;

    /** {@code 0} means no limit. */
    public MailboxPolicy(int maxPendingPerAgent) {
        if (maxPendingPerAgent < 0) {
            throw new IllegalArgumentException("maxPendingPerAgent must not be negative");
        }
        this.maxPendingPerAgent = maxPendingPerAgent;
    }

    /** Whether the count need be read at all. */
    public boolean limited() {
        return maxPendingPerAgent > 0;
    }

    /** Refuses one more message for {@code agent} when it already holds {@code pending} at or over the limit. */
    public void requireRoom(long pending, Optional<AgentName> agent) {
        if (limited() && pending >= maxPendingPerAgent) {
            String whose = agent.map(name -> "agent " + name).orElse("the user");
            throw new ParleyException(ErrorCode.RATE_LIMITED, "recipient's mailbox is full: " + whose + " has "
                    + maxPendingPerAgent + " pending messages not yet acknowledged; try again later");
        }
    }
}
