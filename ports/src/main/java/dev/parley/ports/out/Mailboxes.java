package dev.parley.ports.out;

import dev.parley.ports.model.AgentName;
import dev.parley.ports.model.AgentSelection;
import dev.parley.ports.model.Message;
import dev.parley.ports.model.Seq;
import dev.parley.ports.model.UserId;
import java.util.List;
import java.util.Optional;

/** What each recipient has not yet acknowledged: the pending part of {@link Messages}. */
public interface Mailboxes {
    /** Up to {@code limit} pending messages of the recipient with a seq above {@code after}, for the selected agents, in seq order. */
    List<Message> pending(UserId recipient, AgentSelection agents, Seq after, int limit);

    /** Marks the recipient's pending messages up to {@code upTo}, for the selected agents, as handled. */
    void acknowledge(UserId recipient, AgentSelection agents, Seq upTo);

    /**
     * How many of the recipient's messages addressed to exactly {@code agent} are pending (with an empty
     * {@code agent}: those addressed to the user without an agent). What the mailbox limit is checked against.
     */
    long pendingCount(UserId recipient, Optional<AgentName> agent);
}
