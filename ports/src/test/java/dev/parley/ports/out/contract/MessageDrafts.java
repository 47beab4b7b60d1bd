package dev.parley.ports.out.contract;

import dev.parley.ports.model.AgentName;
import dev.parley.ports.model.Content;
import dev.parley.ports.model.ConversationId;
import dev.parley.ports.model.IdempotencyKey;
import dev.parley.ports.model.MessageId;
import dev.parley.ports.model.MessageType;
import dev.parley.ports.model.NewMessage;
import dev.parley.ports.model.User;
import java.util.Optional;

/** A builder of {@link NewMessage}s for the message store contracts: an INFORMATION opening by default. */
public final class MessageDrafts {
    private final User sender;
    private final User recipient;
    private MessageType type = MessageType.INFORMATION;
    private ConversationId conversation = new ConversationId(TestData.id());
    private Optional<MessageId> inReplyTo = Optional.empty();
    private Optional<AgentName> recipientAgent = Optional.empty();
    private Optional<IdempotencyKey> key = Optional.empty();
    private String text = "hello";

    private MessageDrafts(User sender, User recipient) {
        this.sender = sender;
        this.recipient = recipient;
    }

    public static MessageDrafts from(User sender, User recipient) {
        return new MessageDrafts(sender, recipient);
    }

    public MessageDrafts type(MessageType value) {
        type = value;
        return this;
    }

    public MessageDrafts in(ConversationId value) {
        conversation = value;
        return this;
    }

    public MessageDrafts replyTo(MessageId value) {
        inReplyTo = Optional.of(value);
        return this;
    }

    public MessageDrafts toAgent(String name) {
        recipientAgent = Optional.of(new AgentName(name));
        return this;
    }

    public MessageDrafts key(String value) {
        key = Optional.of(new IdempotencyKey(value));
        return this;
    }

    public MessageDrafts text(String value) {
        text = value;
        return this;
    }

    public NewMessage build() {
        return new NewMessage(new MessageId(TestData.id()), conversation, inReplyTo, type, sender, Optional.empty(),
                recipient, recipientAgent, Content.text(text), TestData.nextInstant(), key);
    }
}
