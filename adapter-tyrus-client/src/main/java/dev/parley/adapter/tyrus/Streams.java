package dev.parley.adapter.tyrus;

import dev.parley.ports.client.MessageStream;
import dev.parley.ports.client.StreamListener;
import dev.parley.ports.model.AgentSelection;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The client's live stream: one at a time, as on every transport (connecting again closes the previous stream, whose
 * listener sees code 1000); ended when the login ends or the client closes.
 */
final class Streams {
    private final StreamRuntime runtime;
    private final Set<LiveStream> open = ConcurrentHashMap.newKeySet();

    Streams(StreamRuntime runtime) {
        this.runtime = runtime;
    }

    CompletableFuture<MessageStream> open(AgentSelection agents, StreamListener listener) {
        closeAll();
        LiveStream stream = new LiveStream(runtime, agents, listener);
        open.add(stream);
        return stream.start();
    }

    void loginEnded() {
        open.forEach(LiveStream::loginEnded);
        open.clear();
    }

    void closeAll() {
        open.forEach(LiveStream::close);
        open.clear();
    }
}
