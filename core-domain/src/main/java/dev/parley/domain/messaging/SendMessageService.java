package dev.parley.domain.messaging;

import dev.parley.domain.account.UserDirectory;
import dev.parley.domain.agent.AgentPolicy;
import dev.parley.domain.social.FriendshipGuard;
import dev.parley.ports.in.SendMessageUseCase;
import dev.parley.ports.model.Agent;
import dev.parley.ports.model.AgentName;
import dev.parley.ports.model.Appended;
import dev.parley.ports.model.ConversationId;
import dev.parley.ports.model.Message;
import dev.parley.ports.model.MessageId;
import dev.parley.ports.model.NewMessage;
import dev.parley.ports.model.OutgoingMessage;
import dev.parley.ports.model.ParleyException;
import dev.parley.ports.model.User;
import dev.parley.ports.model.UserId;
import dev.parley.ports.out.Agents;
import dev.parley.ports.out.IdGenerator;
import dev.parley.ports.out.LiveSignals;
import dev.parley.ports.out.Mailboxes;
import dev.parley.ports.out.Messages;
import dev.parley.ports.out.Signal;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Sends a message after checking, in a fixed order, the friendship, the agents, the conversation rules and, last,
 * that the recipient agent's mailbox has room (an idempotent repeat is answered with the first message whatever the
 * checks say, so it always is).
 */
public final class SendMessageService implements SendMessageUseCase {
    private final UserDirectory users;
    private final FriendshipGuard friends;
    private final Agents agents;
    private final Messages messages;
    private final Mailboxes mailboxes;
    private final MailboxPolicy mailboxPolicy;
    private final IdGenerator ids;
    private final LiveSignals signals;
    private final Clock clock;

    public SendMessageService(UserDirectory users, FriendshipGuard friends, Agents agents, Messages messages,
            Mailboxes mailboxes, MailboxPolicy mailboxPolicy, IdGenerator ids, LiveSignals signals, Clock clock) {
        this.users = users;
        this.friends = friends;
        this.agents = agents;
        this.messages = messages;
        this.mailboxes = mailboxes;
        this.mailboxPolicy = mailboxPolicy;
        this.ids = ids;
        this.signals = signals;
        this.clock = clock;
    }

    @Override
    public Message sendMessage(UserId senderId, UserId recipientId, OutgoingMessage out) {
        Checked checked = check(senderId, recipientId, out);
        return checked.repeated().orElseGet(() -> published(messages.append(checked.draft().orElseThrow())));
    }

    @Override
    public CompletionStage<Message> sendMessageAsync(UserId senderId, UserId recipientId, OutgoingMessage out) {
        Checked checked = check(senderId, recipientId, out);
        if (checked.repeated().isPresent()) {
            return CompletableFuture.completedFuture(checked.repeated().get());
        }
        return messages.appendAsync(checked.draft().orElseThrow()).thenApply(this::published);
    }

    /**
     * The draft to store once every check lets it through; for an idempotent repeat that a check refuses, the first
     * message (the friendship may have ended since, the mailbox filled up, the conversation closed). A repeat the
     * checks let through is answered by the store, which looks for the key in the step that would store the draft
     * ({@link Messages#append}: {@code created == false}). So a repeat is answered whatever the checks say, and the key
     * is looked up beside the append, or after a refusal, not before every keyed send.
     */
    private Checked check(UserId senderId, UserId recipientId, OutgoingMessage out) {
        try {
            return new Checked(Optional.empty(), Optional.of(draft(senderId, recipientId, out)));
        } catch (ParleyException refused) {
            Message first = out.idempotencyKey().flatMap(key -> messages.byIdempotencyKey(senderId, key))
                    .orElseThrow(() -> refused);
            return new Checked(Optional.of(first), Optional.empty());
        }
    }

    /**
     * Everything a send checks, in order, and the message to store. The draft names agents with the registered agents'
     * own names, not the request's copies: a store that keeps its messages in memory then holds one name per agent,
     * not one per message.
     */
    private NewMessage draft(UserId senderId, UserId recipientId, OutgoingMessage out) {
        User recipient = users.require(recipientId);
        friends.requireFriends(senderId, recipientId);
        User sender = users.require(senderId);
        Optional<AgentName> senderAgent = out.senderAgent()
                .map(name -> AgentPolicy.requireOwned(agents.find(senderId, name), name, "sender_agent").name());
        Route route = out.inReplyTo().map(original -> replyRoute(senderId, recipientId, original, out))
                .orElseGet(() -> openingRoute(recipientId, out));
        if (mailboxPolicy.limited()) {
            mailboxPolicy.requireRoom(mailboxes.pendingCount(recipientId, route.recipientAgent()), route.recipientAgent());
        }
        return new NewMessage(new MessageId(ids.newId()), route.conversation(), out.inReplyTo(), out.type(), sender,
                senderAgent, recipient, route.recipientAgent(), out.content(), clock.instant().truncatedTo(ChronoUnit.MILLIS),
                out.idempotencyKey());
    }

    private Route openingRoute(UserId recipientId, OutgoingMessage out) {
        ConversationPolicy.requireOpener(out.type());
        AgentName recipientAgent = ConversationPolicy.requireRecipientAgent(out.recipientAgent());
        Agent agent = AgentPolicy.requireOwned(agents.find(recipientId, recipientAgent), recipientAgent, "recipient_agent");
        return new Route(new ConversationId(ids.newId()), Optional.of(agent.name()));
    }

    private Route replyRoute(UserId senderId, UserId recipientId, MessageId inReplyTo, OutgoingMessage out) {
        Message original = ConversationPolicy.requireReceived(messages.byId(inReplyTo), inReplyTo, senderId);
        ConversationPolicy.requireReplyToSender(original, recipientId);
        ConversationPolicy.requireOpen(messages.conversationEnded(original.conversationId()), original.conversationId());
        ConversationPolicy.requireMayAnswer(out.type(), original.type());
        Optional<AgentName> recipientAgent = ConversationPolicy.replyRecipientAgent(original, out.recipientAgent());
        return new Route(original.conversationId(), recipientAgent);
    }

    /** A stored message wakes its recipient's sessions (a repeat was woken for when first stored). */
    private Message published(Appended appended) {
        if (appended.created()) {
            signals.publish(Signal.MessagesWaiting.of(appended.message()));
        }
        return appended.message();
    }

    /** What the checks let through: the first message of an idempotent repeat, or the draft of a new one. */
    private record Checked(Optional<Message> repeated, Optional<NewMessage> draft) {
    }

    /** Where a checked message goes: its conversation and the recipient's agent, if any. */
    private record Route(ConversationId conversation, Optional<AgentName> recipientAgent) {
    }
}
