package dev.parley.ports.in;

import dev.parley.ports.model.AgentSelection;
import dev.parley.ports.model.Principal;

/** Opens a live delivery session: pending messages first, in seq order, then new ones as they arrive. */
public interface OpenDeliverySessionUseCase {
    /**
     * Registers {@code sink} for the principal's messages and events. Pending messages are handed to it,
     * oldest first, before this returns or soon after, on the delivery thread.
     *
     * @throws dev.parley.ports.model.ParleyException {@code agent_not_found} when the selection names an agent the user does not own
     */
    DeliverySession openDeliverySession(Principal principal, AgentSelection agents, SessionSink sink);
}
