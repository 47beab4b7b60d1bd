package dev.parley.adapter.inmemory.network;

import dev.parley.ports.client.ParleyClient;
import dev.parley.ports.client.StreamListener;
import dev.parley.ports.model.AgentName;
import dev.parley.ports.model.Content;
import dev.parley.ports.model.Message;
import dev.parley.ports.model.MessageType;
import dev.parley.ports.model.OutgoingMessage;

/** The agent under test in the example: answers every QUERY with an INFORMATION. */
final class WeatherAgent implements StreamListener {
    private final ParleyClient client;

    WeatherAgent(ParleyClient client) {
        this.client = client;
    }

    @Override
    public void onMessage(Message message) {
        if (message.type() == MessageType.QUERY) {
            client.send(message.senderId(), OutgoingMessage.reply(MessageType.INFORMATION, message.id(),
                    Content.text("sunny")).from(new AgentName("weather")));
        }
    }
}
