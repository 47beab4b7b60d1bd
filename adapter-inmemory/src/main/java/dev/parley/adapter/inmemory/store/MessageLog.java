package dev.parley.adapter.inmemory.store;

import dev.parley.ports.model.ConversationId;
import dev.parley.ports.model.IdempotencyKey;
import dev.parley.ports.model.Message;
import dev.parley.ports.model.MessageId;
import dev.parley.ports.model.NewMessage;
import dev.parley.ports.model.UserId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every stored message in global insertion order (position 1, 2, …), indexed by id, by sender's idempotency key
 * and by participant. All methods are synchronized: a message is visible everywhere at once or nowhere.
 */
final class MessageLog {
    private record SenderKey(UserId sender, IdempotencyKey key) {
    }

    /** A message with its global position. */
    record Entry(long position, Message message) {
    }

    private final Map<MessageId, Message> byId = new HashMap<>();
    private final Map<SenderKey, Message> byKey = new HashMap<>();
    private final Map<UserId, List<Entry>> byParticipant = new HashMap<>();
    private final Set<ConversationId> ended = new HashSet<>();
    private long lastPosition;

    synchronized Optional<Message> byKey(UserId sender, IdempotencyKey key) {
        return Optional.ofNullable(byKey.get(new SenderKey(sender, key)));
    }

    /** Adds the message unless its sender already used its key; answers the message that holds the key. */
    synchronized Optional<Message> addUnlessKeyUsed(NewMessage draft, Message message) {
        Optional<SenderKey> key = draft.idempotencyKey().map(k -> new SenderKey(draft.sender().id(), k));
        if (key.isPresent() && byKey.containsKey(key.get())) {
            return Optional.of(byKey.get(key.get()));
        }
        key.ifPresent(k -> byKey.put(k, message));
        Entry entry = new Entry(++lastPosition, message);
        byId.put(message.id(), message);
        byParticipant.computeIfAbsent(message.senderId(), user -> new ArrayList<>()).add(entry);
        if (!message.recipientId().equals(message.senderId())) {
            byParticipant.computeIfAbsent(message.recipientId(), user -> new ArrayList<>()).add(entry);
        }
        if (message.type().closesConversation()) {
            ended.add(message.conversationId());
        }
        return Optional.empty();
    }

    synchronized Optional<Message> byId(MessageId id) {
        return Optional.ofNullable(byId.get(id));
    }

    synchronized boolean ended(ConversationId conversation) {
        return ended.contains(conversation);
    }

    /** A copy of the entries the user sent or received, in position order. */
    synchronized List<Entry> of(UserId user) {
        return List.copyOf(byParticipant.getOrDefault(user, List.of()));
    }
}
