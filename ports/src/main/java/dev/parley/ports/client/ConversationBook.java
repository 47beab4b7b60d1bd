package dev.parley.ports.client;

import dev.parley.ports.model.ConversationId;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What one agent host knows about conversations: which have ended (the most recent ones; an older one is still
 * refused by the server) and which have a {@link Conversation} handle waiting for their replies.
 */
final class ConversationBook {
    private static final int REMEMBERED_ENDINGS = 10_000;

    private final Set<ConversationId> ended = Collections.newSetFromMap(new LinkedHashMap<>() {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<ConversationId, Boolean> eldest) {
            return size() > REMEMBERED_ENDINGS;
        }
    });
    private final Map<ConversationId, Conversation> handles = new HashMap<>();

    synchronized void markEnded(ConversationId id) {
        ended.add(id);
    }

    synchronized boolean hasEnded(ConversationId id) {
        return ended.contains(id);
    }

    synchronized void register(Conversation conversation) {
        handles.put(conversation.id(), conversation);
    }

    synchronized Optional<Conversation> handle(ConversationId id) {
        return Optional.ofNullable(handles.get(id));
    }

    synchronized void forget(ConversationId id) {
        handles.remove(id);
    }
}
