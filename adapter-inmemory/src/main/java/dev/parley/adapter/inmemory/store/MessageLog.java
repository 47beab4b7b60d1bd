package dev.parley.adapter.inmemory.store;

import dev.parley.ports.model.ConversationId;
import dev.parley.ports.model.IdempotencyKey;
import dev.parley.ports.model.Message;
import dev.parley.ports.model.MessageId;
import dev.parley.ports.model.NewMessage;
import dev.parley.ports.model.UserId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every stored message, packed in store order ({@link PackedMessages}: its address is its position), indexed by id,
 * by sender's idempotency key and by participant. All methods are synchronized: a message is visible everywhere at
 * once or nowhere.
 */
final class MessageLog {
    /** The addresses of the messages a user sent or received, in store order, and the messages to read them from. */
    record Participation(long[] addresses, PackedMessages.View messages) {
    }

    private final PackedMessages messages = new PackedMessages();
    private final AddressIndex byId = new AddressIndex(messages::hasId);
    private final AddressIndex byKey = new AddressIndex(messages::hasSenderKey);
    private final Map<UserId, Addresses> byParticipant = new HashMap<>();
    private final Set<ConversationId> ended = new HashSet<>();

    synchronized Optional<Message> byKey(UserId sender, IdempotencyKey key) {
        long address = byKey.find(PackedMessages.senderKey(sender, key));
        return address < 0 ? Optional.empty() : Optional.of(messages.message(address));
    }

    /** Adds the message unless its sender already used its key; answers the message that holds the key. */
    synchronized Optional<Message> addUnlessKeyUsed(NewMessage draft, Message message) {
        Optional<String> key = draft.idempotencyKey().map(k -> PackedMessages.senderKey(draft.sender().id(), k));
        long holder = key.map(byKey::find).orElse(-1L);
        if (holder >= 0) {
            return Optional.of(messages.message(holder));
        }
        long address = messages.append(message, draft.idempotencyKey());
        key.ifPresent(k -> byKey.put(k, address));
        byId.put(message.id().value(), address);
        byParticipant.computeIfAbsent(message.senderId(), user -> new Addresses()).add(address);
        if (!message.recipientId().equals(message.senderId())) {
            byParticipant.computeIfAbsent(message.recipientId(), user -> new Addresses()).add(address);
        }
        if (message.type().closesConversation()) {
            ended.add(message.conversationId());
        }
        return Optional.empty();
    }

    synchronized Optional<Message> byId(MessageId id) {
        long address = byId.find(id.value());
        return address < 0 ? Optional.empty() : Optional.of(messages.message(address));
    }

    synchronized boolean ended(ConversationId conversation) {
        return ended.contains(conversation);
    }

    /** What the user sent or received so far. */
    synchronized Participation of(UserId user) {
        Addresses addresses = byParticipant.get(user);
        return new Participation(addresses == null ? new long[0] : addresses.copy(), messages.view());
    }
}
