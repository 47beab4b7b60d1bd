package dev.parley.adapter.inmemory;

import dev.parley.domain.Parley;
import dev.parley.ports.client.MessageStream;
import dev.parley.ports.client.StreamListener;
import dev.parley.ports.model.AgentSelection;
import dev.parley.ports.model.Principal;
import java.util.Optional;

/** A client's one live stream: connecting again closes the previous one first. */
final class ClientStream {
    private Optional<InMemoryStream> current = Optional.empty();

    MessageStream open(Parley parley, Connections connections, Principal principal, AgentSelection agents,
            StreamListener listener) {
        close();
        InMemoryStream stream = connections.newStream(principal, listener);
        try {
            stream.attach(parley.openDeliverySession().openDeliverySession(principal, agents, stream));
        } catch (RuntimeException refused) {
            stream.end(InMemoryStream.NORMAL_CLOSURE, "refused");
            throw refused;
        }
        synchronized (this) {
            current = Optional.of(stream);
        }
        return stream;
    }

    void close() {
        Optional<InMemoryStream> previous;
        synchronized (this) {
            previous = current;
            current = Optional.empty();
        }
        previous.ifPresent(InMemoryStream::close);
    }
}
