package dev.parley.examples;

import dev.parley.ports.client.AgentHandler;
import dev.parley.ports.client.IncomingMessage;
import dev.parley.ports.model.Content;
import dev.parley.ports.model.MessageId;
import dev.parley.ports.model.MessageType;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Bob's agent in the negotiation: accepts a proposal, carries out the task it is then given (a {@code WAIT}, then the
 * result as {@code INFORMATION}), and ends the conversation when thanked. It waits for each reply to be stored before
 * returning, so a message is acknowledged only once its answer is safe; it remembers the tasks it did, so a task
 * delivered twice (at-least-once) is not done twice.
 */
public final class SellerAgent implements AgentHandler {
    private final Set<MessageId> tasksDone = ConcurrentHashMap.newKeySet();

    @Override
    public void onMessage(IncomingMessage message) {
        switch (message.type()) {
            case PROPOSAL -> message.reply(MessageType.ACCEPTANCE,
                    Content.text("Deal: " + message.text().orElse("as proposed"))).join();
            case TASK -> {
                if (tasksDone.add(message.message().id())) {
                    message.reply(MessageType.WAIT, Content.text("On it, give me a moment")).join();
                    message.replyText("Done: " + message.text().orElse("the task") + ", tracking number PT-4711").join();
                }
            }
            case THANKS -> message.reply(MessageType.END, Content.text("A pleasure doing business")).join();
            default -> {
                // Anything else needs no answer from a seller.
            }
        }
    }

    /** How many distinct tasks this agent carried out. */
    public int tasksDone() {
        return tasksDone.size();
    }
}
