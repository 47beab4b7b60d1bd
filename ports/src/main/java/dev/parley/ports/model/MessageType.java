package dev.parley.ports.model;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The eleven message types and the protocol table between them: which types open a conversation
 * and which types each type may answer. The table is part of the contract, shared by the domain
 * (which enforces it) and the clients (which refuse a forbidden reply before sending it).
 */
public enum MessageType {
    PROPOSAL,
    ACCEPTANCE,
    REJECTION,
    QUERY,
    TASK,
    WAIT,
    INFORMATION,
    THANKS,
    DISAPPOINTMENT,
    ERROR,
    END;

    private static final Set<MessageType> OPENERS = EnumSet.of(PROPOSAL, QUERY, TASK, INFORMATION);
    private static final Map<MessageType, Set<MessageType>> ANSWERS = answers();

    private static Map<MessageType, Set<MessageType>> answers() {
        Map<MessageType, Set<MessageType>> table = new EnumMap<>(MessageType.class);
        table.put(PROPOSAL, EnumSet.of(PROPOSAL, REJECTION, DISAPPOINTMENT));
        table.put(ACCEPTANCE, EnumSet.of(PROPOSAL, TASK));
        table.put(REJECTION, EnumSet.of(PROPOSAL, TASK));
        table.put(QUERY, EnumSet.of(PROPOSAL, QUERY, TASK, WAIT, INFORMATION, ERROR));
        table.put(TASK, EnumSet.of(ACCEPTANCE, ERROR));
        table.put(WAIT, EnumSet.of(PROPOSAL, QUERY, TASK));
        table.put(INFORMATION, EnumSet.of(ACCEPTANCE, QUERY, TASK, INFORMATION, THANKS, DISAPPOINTMENT, ERROR));
        table.put(THANKS, EnumSet.of(ACCEPTANCE, REJECTION, WAIT, INFORMATION));
        table.put(DISAPPOINTMENT, EnumSet.of(REJECTION, INFORMATION, ERROR));
        table.put(ERROR, EnumSet.of(PROPOSAL, QUERY, TASK, INFORMATION));
        table.put(END, EnumSet.complementOf(EnumSet.of(END)));
        table.replaceAll((type, answered) -> Collections.unmodifiableSet(answered));
        return Collections.unmodifiableMap(table);
    }

    /** Whether a message of this type may start a conversation (have no {@code in_reply_to}). */
    public boolean opensConversation() {
        return OPENERS.contains(this);
    }

    /** Whether a message of this type may answer a message of type {@code answered}. */
    public boolean mayAnswer(MessageType answered) {
        return ANSWERS.get(this).contains(answered);
    }

    /** The types a message of this type may answer. */
    public Set<MessageType> answerableTypes() {
        return ANSWERS.get(this);
    }

    /** Whether this type closes its conversation. */
    public boolean closesConversation() {
        return this == END;
    }
}
