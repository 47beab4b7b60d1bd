package dev.parley.ports.client.contract;

import dev.parley.ports.client.ClientEvent;
import dev.parley.ports.client.StreamListener;
import dev.parley.ports.model.Message;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A stream listener that records every event, for assertions from the test thread. */
public final class RecordingListener implements StreamListener {
    private final List<ClientEvent> events = new CopyOnWriteArrayList<>();

    @Override
    public void onEvent(ClientEvent event) {
        events.add(event);
    }

    public List<ClientEvent> events() {
        return List.copyOf(events);
    }

    /** The messages received, in arrival order. */
    public List<Message> messages() {
        return eventsOf(ClientEvent.MessageReceived.class).stream().map(ClientEvent.MessageReceived::message).toList();
    }

    public <T extends ClientEvent> List<T> eventsOf(Class<T> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }

    public void clear() {
        events.clear();
    }
}
