package dev.parley.adapter.inmemory;

import dev.parley.ports.client.ClientEvent;
import dev.parley.ports.client.ParleyTransportException;
import dev.parley.ports.client.StreamListener;
import dev.parley.ports.model.Principal;
import dev.parley.ports.model.Username;
import java.net.ConnectException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The network's side of the streams: which are open, who is offline, and the faults per user. */
final class Connections {
    private static final Logger LOG = LoggerFactory.getLogger(Connections.class);

    private final Executor deliveryExecutor;
    private final Set<InMemoryStream> open = new HashSet<>();
    private final Set<String> offline = new HashSet<>();
    private final ConcurrentMap<String, DeliveryFaults> faults = new ConcurrentHashMap<>();
    private final List<RuntimeException> listenerFailures = new CopyOnWriteArrayList<>();

    Connections(Executor deliveryExecutor) {
        this.deliveryExecutor = deliveryExecutor;
    }

    /** A new stream for the principal, registered as open; a transport failure while the user is offline. */
    synchronized InMemoryStream newStream(Principal principal, StreamListener listener) {
        if (offline.contains(principal.username().key())) {
            String why = principal.username() + " is offline";
            throw new ParleyTransportException("could not open the stream: " + why, new ConnectException(why));
        }
        ListenerDispatcher dispatcher = new ListenerDispatcher(deliveryExecutor, listener, this::listenerFailed);
        InMemoryStream stream = new InMemoryStream(principal, dispatcher, faults(principal.username()), this::ended);
        open.add(stream);
        return stream;
    }

    void takeOffline(Username username) {
        List<InMemoryStream> dropped = new ArrayList<>();
        synchronized (this) {
            offline.add(username.key());
            open.stream().filter(stream -> stream.principal().username().sameAs(username)).forEach(dropped::add);
        }
        dropped.forEach(stream -> stream.end(InMemoryStream.CONNECTION_LOST, "the network took the user offline"));
    }

    synchronized void bringOnline(Username username) {
        offline.remove(username.key());
    }

    DeliveryFaults faults(Username username) {
        return faults.computeIfAbsent(username.key(), key -> new DeliveryFaults());
    }

    int releaseDelayed() {
        return faults.values().stream().mapToInt(DeliveryFaults::releaseDelayed).sum();
    }

    List<RuntimeException> listenerFailures() {
        return List.copyOf(listenerFailures);
    }

    private synchronized void ended(InMemoryStream stream) {
        open.remove(stream);
    }

    private void listenerFailed(ClientEvent event, RuntimeException failure) {
        LOG.warn("A stream listener threw on {}", event.getClass().getSimpleName(), failure);
        listenerFailures.add(failure);
    }
}
