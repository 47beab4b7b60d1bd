package dev.parley.ports.out;

import dev.parley.ports.model.Appended;
import dev.parley.ports.model.ConversationId;
import dev.parley.ports.model.HistoryPage;
import dev.parley.ports.model.HistoryQuery;
import dev.parley.ports.model.IdempotencyKey;
import dev.parley.ports.model.Message;
import dev.parley.ports.model.MessageId;
import dev.parley.ports.model.NewMessage;
import dev.parley.ports.model.UserId;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** The messages, numbered per recipient, and the conversations they form. */
public interface Messages {
    /**
     * Stores the message, numbered with the recipient's next seq, pending for its recipient. Atomic: seqs of one
     * recipient have no gaps or duplicates under concurrent appends, and a message never becomes readable after
     * one with a higher seq of the same recipient. When the sender already used the message's idempotency key,
     * stores nothing and answers the first message with {@code created == false}.
     */
    Appended append(NewMessage message);

    /**
     * As {@link #append}, without waiting for the store: the append is taken now and the answer comes once it is
     * stored, as {@code append} would have answered (or with what it would have thrown). Appends one thread makes one
     * after another are stored, and numbered, in that order, so a sender can have several in flight and keep their
     * order. This default stores at once, on the calling thread; a store that commits in batches answers later, on a
     * thread of its own, never on the one that writes.
     */
    default CompletionStage<Appended> appendAsync(NewMessage message) {
        try {
            return CompletableFuture.completedFuture(append(message));
        } catch (RuntimeException failure) {
            return CompletableFuture.failedFuture(failure);
        }
    }

    Optional<Message> byId(MessageId id);

    Optional<Message> byIdempotencyKey(UserId sender, IdempotencyKey key);

    /** Whether an {@code END} was stored in the conversation. */
    boolean conversationEnded(ConversationId conversation);

    /**
     * The messages {@code user} sent or received, in the order they were stored, filtered and paged by the query.
     *
     * @throws dev.parley.ports.model.ParleyException {@code invalid_request} for a cursor this store did not make
     */
    HistoryPage history(UserId user, HistoryQuery query);
}
