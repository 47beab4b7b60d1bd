package dev.parley.ports.client;

import dev.parley.ports.model.Content;
import dev.parley.ports.model.ConversationId;
import dev.parley.ports.model.ErrorCode;
import dev.parley.ports.model.Message;
import dev.parley.ports.model.MessageType;
import dev.parley.ports.model.ParleyException;
import dev.parley.ports.model.UserId;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * A conversation this side opened ({@link AgentHost#open}): the replies to it come here, in order, instead of to
 * the agent's handler. Await them with {@link #nextReply(Duration)} from your own thread (never from a handler)
 * and answer the latest with {@link #reply}.
 */
public final class Conversation {
    private final Message opening;
    private final Replier replier;
    private final Deque<IncomingMessage> arrived = new ArrayDeque<>();
    private final Deque<CompletableFuture<IncomingMessage>> waiting = new ArrayDeque<>();
    private Optional<IncomingMessage> latest = Optional.empty();
    private boolean endArrived;

    Conversation(Message opening, Replier replier) {
        this.opening = opening;
        this.replier = replier;
    }

    public ConversationId id() {
        return opening.conversationId();
    }

    /** The message that opened it, as stored. */
    public Message opening() {
        return opening;
    }

    /** The friend on the other side. */
    public UserId friend() {
        return opening.recipientId();
    }

    /**
     * The next reply not yet handed out; fails with {@link java.util.concurrent.TimeoutException} when none comes
     * within {@code timeout} (a reply that comes later waits for the next call), or with {@code conversation_closed}
     * once the conversation has ended and every reply was handed out.
     */
    public CompletableFuture<IncomingMessage> nextReply(Duration timeout) {
        synchronized (this) {
            IncomingMessage ready = arrived.poll();
            if (ready != null) {
                latest = Optional.of(ready);
                return CompletableFuture.completedFuture(ready);
            }
            if (isEnded()) {
                return CompletableFuture.failedFuture(new ParleyException(ErrorCode.CONVERSATION_CLOSED,
                        "conversation " + id() + " has ended and every reply was read"));
            }
            CompletableFuture<IncomingMessage> next = new CompletableFuture<>();
            waiting.add(next);
            return next.orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /**
     * Answers the reply last handed out by {@link #nextReply}, with the checks of {@link IncomingMessage#reply};
     * fails with {@code protocol_violation} when no reply was handed out yet.
     */
    public CompletableFuture<Message> reply(MessageType type, Content content) {
        Optional<IncomingMessage> answered;
        synchronized (this) {
            answered = latest;
        }
        return answered.map(message -> message.reply(type, content)).orElseGet(() -> CompletableFuture.failedFuture(
                new ParleyException(ErrorCode.PROTOCOL_VIOLATION, "nothing in conversation " + id() + " to reply to yet")));
    }

    /** Whether an {@code END} was sent or received in it. */
    public synchronized boolean isEnded() {
        return endArrived || replier.hasEnded(opening);
    }

    /**
     * A reply routed here by the host, one at a time. The reply is "latest" before its waiter sees it, and the
     * waiter is completed outside the lock: what the caller chained to it may run right here.
     */
    void offer(IncomingMessage reply) {
        while (true) {
            CompletableFuture<IncomingMessage> waiter;
            Optional<IncomingMessage> before;
            synchronized (this) {
                endArrived |= reply.type().closesConversation();
                waiter = waiting.poll();
                if (waiter == null) {
                    arrived.add(reply);
                    return;
                }
                before = latest;
                latest = Optional.of(reply);
            }
            if (waiter.complete(reply)) {
                return;
            }
            synchronized (this) {
                latest = before;
            }
        }
    }

    @Override
    public String toString() {
        return "Conversation[" + id() + " with " + opening.recipientUsername() + "]";
    }
}
