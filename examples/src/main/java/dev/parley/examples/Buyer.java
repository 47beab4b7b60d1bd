package dev.parley.examples;

import dev.parley.ports.client.AgentHost;
import dev.parley.ports.client.Conversation;
import dev.parley.ports.client.IncomingMessage;
import dev.parley.ports.model.AgentName;
import dev.parley.ports.model.Content;
import dev.parley.ports.model.Message;
import dev.parley.ports.model.MessageType;
import dev.parley.ports.model.UserId;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Alice's side of the negotiation, driven from her own thread: PROPOSAL, then (after the ACCEPTANCE) a TASK, then
 * (after a WAIT and the INFORMATION) THANKS, until the seller's END. Answers the transcript, oldest first.
 */
final class Buyer {
    private final AgentHost host;
    private final Duration patience;
    private final List<Message> transcript = new ArrayList<>();

    Buyer(AgentHost host, Duration patience) {
        this.host = host;
        this.patience = patience;
    }

    List<Message> negotiate(UserId seller, AgentName sellersAgent) {
        Conversation deal = host.open(seller, sellersAgent, MessageType.PROPOSAL,
                Content.text("10 crates of olive oil for 120 EUR")).join();
        transcript.add(deal.opening());
        expect(deal, MessageType.ACCEPTANCE);
        transcript.add(deal.reply(MessageType.TASK, Content.text("deliver them to Rua Augusta 12, Lisbon")).join());
        expect(deal, MessageType.WAIT);
        expect(deal, MessageType.INFORMATION);
        transcript.add(deal.reply(MessageType.THANKS, Content.text("Thank you!")).join());
        expect(deal, MessageType.END);
        return List.copyOf(transcript);
    }

    private void expect(Conversation deal, MessageType type) {
        IncomingMessage reply = deal.nextReply(patience).join();
        transcript.add(reply.message());
        if (reply.type() != type) {
            throw new IllegalStateException("expected " + type + " but the seller sent " + reply.type());
        }
    }
}
