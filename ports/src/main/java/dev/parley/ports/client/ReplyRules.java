package dev.parley.ports.client;

import dev.parley.ports.model.ErrorCode;
import dev.parley.ports.model.Message;
import dev.parley.ports.model.MessageType;
import dev.parley.ports.model.ParleyException;
import java.util.Optional;

/** The protocol checks a client makes before it sends, with the codes and order the server would answer. */
final class ReplyRules {
    private ReplyRules() {
    }

    /** Why a reply of {@code type} to {@code answered} would be refused, if it would. */
    static Optional<ParleyException> refusal(Message answered, MessageType type, boolean conversationClosed) {
        if (conversationClosed || answered.type().closesConversation()) {
            return Optional.of(new ParleyException(ErrorCode.CONVERSATION_CLOSED,
                    "conversation " + answered.conversationId() + " has ended"));
        }
        if (!type.mayAnswer(answered.type())) {
            return Optional.of(new ParleyException(ErrorCode.PROTOCOL_VIOLATION,
                    "a " + type + " may not answer a " + answered.type() + " (it answers " + type.answerableTypes() + ")"));
        }
        return Optional.empty();
    }

    /** Why {@code type} could not open a conversation, if it could not. */
    static Optional<ParleyException> openingRefusal(MessageType type) {
        if (type.opensConversation()) {
            return Optional.empty();
        }
        return Optional.of(new ParleyException(ErrorCode.PROTOCOL_VIOLATION,
                "a " + type + " may not open a conversation (only PROPOSAL, QUERY, TASK and INFORMATION do)"));
    }
}
