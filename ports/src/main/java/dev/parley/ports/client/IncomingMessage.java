package dev.parley.ports.client;

import dev.parley.ports.model.AgentName;
import dev.parley.ports.model.Content;
import dev.parley.ports.model.ConversationId;
import dev.parley.ports.model.Message;
import dev.parley.ports.model.MessageType;
import dev.parley.ports.model.UserId;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * A message an agent received, with the means to answer it: {@link #reply} knows the conversation, the sender
 * and the agents on both sides, and refuses what the protocol forbids before anything is sent.
 */
public final class IncomingMessage {
    private final Message message;
    private final Replier replier;

    IncomingMessage(Message message, Replier replier) {
        this.message = Objects.requireNonNull(message, "message");
        this.replier = replier;
    }

    /** Every field of the message as the server stored it. */
    public Message message() {
        return message;
    }

    public MessageType type() {
        return message.type();
    }

    /** The user who sent it. */
    public UserId from() {
        return message.senderId();
    }

    /** The sender's agent, empty when the user sent it themselves. */
    public Optional<AgentName> fromAgent() {
        return message.senderAgent();
    }

    public ConversationId conversationId() {
        return message.conversationId();
    }

    public Content content() {
        return message.content();
    }

    /** The text of a text message ({@code {"text": "…"}}); empty for any other content. */
    public Optional<String> text() {
        return TextContent.of(message.content());
    }

    /** Whether the conversation has ended ({@code END} sent or received), so no reply is possible. */
    public boolean conversationEnded() {
        return replier.hasEnded(message);
    }

    /**
     * Answers this message. Completes with the stored reply, or fails with a {@code ParleyException}:
     * {@code conversation_closed} after an {@code END}, {@code protocol_violation} when {@code type} may not answer
     * this message's type (both refused here, before sending), or whatever the server refuses.
     */
    public CompletableFuture<Message> reply(MessageType type, Content content) {
        return replier.reply(message, type, content);
    }

    /** Answers with the contract's text message: {@code INFORMATION} with {@code {"text": text}}. */
    public CompletableFuture<Message> replyText(String text) {
        return reply(MessageType.INFORMATION, Content.text(text));
    }

    @Override
    public String toString() {
        return "IncomingMessage[" + message.type() + " #" + message.seq() + " from " + message.senderUsername() + "]";
    }
}
