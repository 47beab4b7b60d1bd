package dev.parley.adapter.inmemory.store;

import dev.parley.ports.model.AgentName;
import dev.parley.ports.model.AgentSelection;
import dev.parley.ports.model.Appended;
import dev.parley.ports.model.ConversationId;
import dev.parley.ports.model.HistoryPage;
import dev.parley.ports.model.HistoryQuery;
import dev.parley.ports.model.IdempotencyKey;
import dev.parley.ports.model.Message;
import dev.parley.ports.model.MessageId;
import dev.parley.ports.model.NewMessage;
import dev.parley.ports.model.Seq;
import dev.parley.ports.model.UserId;
import dev.parley.ports.out.Mailboxes;
import dev.parley.ports.out.Messages;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The message store and the mailboxes in one: an append numbers the message under its recipient's mailbox lock,
 * then records it in the global log, so a recipient's seqs have no gaps and become visible in order.
 */
public final class InMemoryMessages implements Messages, Mailboxes {
    private final ConcurrentMap<UserId, Mailbox> mailboxes = new ConcurrentHashMap<>();
    private final MessageLog log = new MessageLog();

    @Override
    public Appended append(NewMessage draft) {
        Mailbox mailbox = mailboxOf(draft.recipient().id());
        mailbox.lock.lock();
        try {
            Message message = draft.numbered(mailbox.nextSeq());
            Optional<Message> first = log.addUnlessKeyUsed(draft, message);
            if (first.isPresent()) {
                return new Appended(first.get(), false);
            }
            mailbox.accept(message);
            return new Appended(message, true);
        } finally {
            mailbox.lock.unlock();
        }
    }

    @Override
    public Optional<Message> byId(MessageId id) {
        return log.byId(id);
    }

    @Override
    public Optional<Message> byIdempotencyKey(UserId sender, IdempotencyKey key) {
        return log.byKey(sender, key);
    }

    @Override
    public boolean conversationEnded(ConversationId conversation) {
        return log.ended(conversation);
    }

    @Override
    public HistoryPage history(UserId user, HistoryQuery query) {
        return HistoryReader.page(log.of(user), user, query);
    }

    @Override
    public List<Message> pending(UserId recipient, AgentSelection agents, Seq after, int limit) {
        return mailboxOf(recipient).pending(agents, after, limit);
    }

    @Override
    public void acknowledge(UserId recipient, AgentSelection agents, Seq upTo) {
        mailboxOf(recipient).acknowledge(agents, upTo);
    }

    @Override
    public long pendingCount(UserId recipient, Optional<AgentName> agent) {
        return mailboxOf(recipient).pendingCount(agent);
    }

    private Mailbox mailboxOf(UserId recipient) {
        return mailboxes.computeIfAbsent(recipient, user -> new Mailbox());
    }
}
