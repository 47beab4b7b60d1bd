package dev.parley.ports.in;

import dev.parley.ports.model.Message;
import dev.parley.ports.model.OutgoingMessage;
import dev.parley.ports.model.UserId;

/** Sends a message to a friend's agent under the conversation rules. */
public interface SendMessageUseCase {
    /**
     * Stores the message (numbered with the recipient's next seq) and wakes the recipient's sessions.
     * With an idempotency key already used by this sender, returns the first message and stores nothing.
     */
    Message sendMessage(UserId sender, UserId recipient, OutgoingMessage message);
}
