package dev.parley.domain.messaging;

import dev.parley.ports.in.AcknowledgeMessagesUseCase;
import dev.parley.ports.in.ReadHistoryUseCase;
import dev.parley.ports.model.AgentSelection;
import dev.parley.ports.model.HistoryPage;
import dev.parley.ports.model.HistoryQuery;
import dev.parley.ports.model.Seq;
import dev.parley.ports.model.UserId;
import dev.parley.ports.out.Mailboxes;
import dev.parley.ports.out.Messages;

/** What a recipient does with stored messages outside a live session: acknowledge them, read the history. */
public final class MailboxService implements AcknowledgeMessagesUseCase, ReadHistoryUseCase {
    private final Mailboxes mailboxes;
    private final Messages messages;

    public MailboxService(Mailboxes mailboxes, Messages messages) {
        this.mailboxes = mailboxes;
        this.messages = messages;
    }

    @Override
    public void acknowledge(UserId recipient, AgentSelection agents, Seq upTo) {
        mailboxes.acknowledge(recipient, agents, upTo);
    }

    @Override
    public HistoryPage readHistory(UserId user, HistoryQuery query) {
        return messages.history(user, query);
    }
}
