package dev.parley.ports.in;

import dev.parley.ports.model.Message;
import dev.parley.ports.model.OutgoingMessage;
import dev.parley.ports.model.UserId;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** Sends a message to a friend's agent under the conversation rules. */
public interface SendMessageUseCase {
    /**
     * Stores the message (numbered with the recipient's next seq) and wakes the recipient's sessions.
     * With an idempotency key already used by this sender, returns the first message and stores nothing.
     */
    Message sendMessage(UserId sender, UserId recipient, OutgoingMessage message);

    /**
     * As {@link #sendMessage}, without waiting for the store: every check runs now, and a refusal is thrown now; the
     * answer comes once the message is stored and its recipient woken. Sends one thread makes one after another are
     * stored in that order, so one connection can have several in flight and keep their order.
     */
    default CompletionStage<Message> sendMessageAsync(UserId sender, UserId recipient, OutgoingMessage message) {
        return CompletableFuture.completedFuture(sendMessage(sender, recipient, message));
    }
}
