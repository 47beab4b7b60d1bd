package dev.parley.adapter.pgcluster;

import dev.parley.ports.model.ServerEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Who hears of online changes that no open or close on this node made. A change reported before anyone
 * subscribed (the node cleaning up after its own crash, while the domain is still being wired) waits for the
 * first subscriber.
 */
final class PresenceWatchers {
    private static final Logger LOG = LoggerFactory.getLogger(PresenceWatchers.class);

    private final List<Consumer<ServerEvent.PresenceChanged>> watchers = new ArrayList<>();
    private final List<ServerEvent.PresenceChanged> early = new ArrayList<>();

    void subscribe(Consumer<ServerEvent.PresenceChanged> watcher) {
        Objects.requireNonNull(watcher, "watcher");
        List<ServerEvent.PresenceChanged> waiting;
        synchronized (this) {
            watchers.add(watcher);
            waiting = List.copyOf(early);
            early.clear();
        }
        waiting.forEach(change -> tell(watcher, change));
    }

    void report(ServerEvent.PresenceChanged change) {
        List<Consumer<ServerEvent.PresenceChanged>> current;
        synchronized (this) {
            if (watchers.isEmpty()) {
                early.add(change);
                return;
            }
            current = List.copyOf(watchers);
        }
        current.forEach(watcher -> tell(watcher, change));
    }

    private static void tell(Consumer<ServerEvent.PresenceChanged> watcher, ServerEvent.PresenceChanged change) {
        try {
            watcher.accept(change);
        } catch (RuntimeException failed) {
            LOG.warn("A presence watcher failed on a change of user {}", change.userId(), failed);
        }
    }
}
