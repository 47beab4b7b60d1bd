package dev.parley.ports.in;

import dev.parley.ports.model.AgentSelection;
import dev.parley.ports.model.Seq;
import dev.parley.ports.model.UserId;

/** Marks every pending message up to a seq, for some of the user's agents, as handled. */
public interface AcknowledgeMessagesUseCase {
    void acknowledge(UserId recipient, AgentSelection agents, Seq upTo);
}
