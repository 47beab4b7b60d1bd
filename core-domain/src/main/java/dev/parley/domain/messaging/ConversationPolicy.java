package dev.parley.domain.messaging;

import dev.parley.ports.model.AgentName;
import dev.parley.ports.model.ConversationId;
import dev.parley.ports.model.ErrorCode;
import dev.parley.ports.model.Message;
import dev.parley.ports.model.MessageId;
import dev.parley.ports.model.MessageType;
import dev.parley.ports.model.ParleyException;
import dev.parley.ports.model.UserId;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** The conversation protocol: who opens, who may answer what, where a reply goes, and when a conversation is over. */
public final class ConversationPolicy {
    private ConversationPolicy() {
    }

    /** Only the opener types (see {@link MessageType#opensConversation()}) may start a conversation. */
    public static void requireOpener(MessageType type) {
        if (!type.opensConversation()) {
            throw violation("opening rule: " + type + " may not open a conversation; only " + openers() + " may");
        }
    }

    /** A message that opens a conversation must name the recipient's agent. */
    public static AgentName requireRecipientAgent(Optional<AgentName> recipientAgent) {
        return recipientAgent.orElseThrow(
                () -> ParleyException.invalid("recipient_agent", "is required on a message that opens a conversation"));
    }

    /** A reply answers a message that exists and that the replying user received. */
    public static Message requireReceived(Optional<Message> original, MessageId inReplyTo, UserId replier) {
        return original.filter(message -> message.recipientId().equals(replier))
                .orElseThrow(() -> new ParleyException(ErrorCode.MESSAGE_NOT_FOUND,
                        "in_reply_to: no message " + inReplyTo + " was sent to you"));
    }

    /** A reply goes to the sender of the message it answers. */
    public static void requireReplyToSender(Message original, UserId recipient) {
        if (!original.senderId().equals(recipient)) {
            throw violation("reply rule: a reply goes to the sender of the message it answers");
        }
    }

    /** Nothing may follow an {@code END}. */
    public static void requireOpen(boolean ended, ConversationId conversation) {
        if (ended) {
            throw new ParleyException(ErrorCode.CONVERSATION_CLOSED,
                    "conversation " + conversation + " was ended with END; nothing may follow");
        }
    }

    /** Each type answers only the types {@link MessageType#mayAnswer(MessageType)} allows. */
    public static void requireMayAnswer(MessageType reply, MessageType answered) {
        if (!reply.mayAnswer(answered)) {
            throw violation("answer rule: " + reply + " may not answer " + answered);
        }
    }

    /** A reply's recipient agent is the answered message's sender agent; one given must be that one. */
    public static Optional<AgentName> replyRecipientAgent(Message original, Optional<AgentName> given) {
        Optional<AgentName> derived = original.senderAgent();
        if (given.isPresent() && !given.equals(derived)) {
            throw violation("reply rule: recipient_agent " + given.get() + " is not "
                    + derived.map(AgentName::value).orElse("the user") + ", the sender of the message answered");
        }
        return derived;
    }

    private static String openers() {
        return Arrays.stream(MessageType.values()).filter(MessageType::opensConversation)
                .map(MessageType::name).collect(Collectors.joining(", "));
    }

    private static ParleyException violation(String detail) {
        return new ParleyException(ErrorCode.PROTOCOL_VIOLATION, detail);
    }
}
