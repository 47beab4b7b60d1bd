package dev.parley.ports.client;

import dev.parley.ports.model.Content;
import dev.parley.ports.model.Message;
import dev.parley.ports.model.MessageType;
import dev.parley.ports.model.OutgoingMessage;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/** Sends replies for an agent host after the checks the server would make, and notes the conversations that end. */
final class Replier {
    private final ParleyClient client;
    private final ConversationBook book;

    Replier(ParleyClient client, ConversationBook book) {
        this.client = client;
        this.book = book;
    }

    /** Answers {@code answered} from the agent it was addressed to, going back to its sender's agent. */
    CompletableFuture<Message> reply(Message answered, MessageType type, Content content) {
        Optional<CompletableFuture<Message>> refused = ReplyRules
                .refusal(answered, type, book.hasEnded(answered.conversationId()))
                .map(CompletableFuture::failedFuture);
        if (refused.isPresent()) {
            return refused.get();
        }
        OutgoingMessage reply = OutgoingMessage.reply(type, answered.id(), content);
        if (answered.recipientAgent().isPresent()) {
            reply = reply.from(answered.recipientAgent().get());
        }
        return client.send(answered.senderId(), reply).thenApply(this::noted);
    }

    boolean hasEnded(Message message) {
        return book.hasEnded(message.conversationId()) || message.type().closesConversation();
    }

    /** A sent or received message: an {@code END} closes its conversation. */
    Message noted(Message message) {
        if (message.type().closesConversation()) {
            book.markEnded(message.conversationId());
        }
        return message;
    }
}
