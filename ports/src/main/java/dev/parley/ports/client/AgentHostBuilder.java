package dev.parley.ports.client;

import dev.parley.ports.model.AgentCard;
import dev.parley.ports.model.AgentName;
import dev.parley.ports.model.AgentSelection;
import dev.parley.ports.model.ErrorCode;
import dev.parley.ports.model.ParleyException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;

/** Collects an {@link AgentHost}'s agents, listener and failure policy; {@link #buildAsync} connects. */
public final class AgentHostBuilder {
    private final ParleyClient client;
    private final Map<AgentName, AgentHandler> handlers = new LinkedHashMap<>();
    private final List<AgentCard> toRegister = new ArrayList<>();
    private StreamListener listener = new StreamListener() {
    };
    private BiConsumer<IncomingMessage, RuntimeException> failures = AgentHostBuilder::uncaught;
    private Duration firstWait = Duration.ofMillis(100);
    private Duration maxWait = Duration.ofSeconds(5);

    AgentHostBuilder(ParleyClient client) {
        this.client = client;
    }

    /** Serves the user's existing agent {@code name} with {@code handler}. */
    public AgentHostBuilder agent(AgentName name, AgentHandler handler) {
        if (handlers.putIfAbsent(name, handler) != null) {
            throw new IllegalArgumentException("agent " + name + " already has a handler");
        }
        return this;
    }

    /** As {@link #agent(AgentName, AgentHandler)} with the name as text. */
    public AgentHostBuilder agent(String name, AgentHandler handler) {
        return agent(new AgentName(name), handler);
    }

    /** Serves the agent of {@code card} with {@code handler}, registering it first if the user has no agent so named. */
    public AgentHostBuilder agent(AgentCard card, AgentHandler handler) {
        agent(card.name(), handler);
        toRegister.add(card);
        return this;
    }

    /**
     * Receives everything that is not a message for a served agent: friend requests, presence, the stream's end,
     * and messages addressed to the user without an agent (acknowledged when this returns, like a handler's).
     */
    public AgentHostBuilder listener(StreamListener events) {
        this.listener = events;
        return this;
    }

    /**
     * What to do when a handler throws. The message still counts as handled and is acknowledged (handing it again
     * would most likely fail again, forever). By default the failure goes to the delivery thread's uncaught
     * exception handler.
     */
    public AgentHostBuilder onHandlerFailure(BiConsumer<IncomingMessage, RuntimeException> policy) {
        this.failures = policy;
        return this;
    }

    /**
     * How long to wait before connecting again after the transport lost the stream: {@code first} after the first
     * failure, doubling up to {@code max} (100 ms and 5 s by default). Transports that reconnect by themselves, as the
     * WebSocket client does, rarely need this.
     */
    public AgentHostBuilder reconnectBackoff(Duration first, Duration max) {
        if (first.isNegative() || first.isZero() || max.compareTo(first) < 0) {
            throw new IllegalArgumentException("the first wait must be positive and not longer than the longest");
        }
        this.firstWait = first;
        this.maxWait = max;
        return this;
    }

    /**
     * Registers the agents given by card that are missing, opens the stream for the served agents (every agent when
     * none was added), and completes with the running host; pending messages start arriving at once.
     */
    public CompletableFuture<AgentHost> buildAsync() {
        ConversationBook book = new ConversationBook();
        Replier replier = new Replier(client, book);
        Dispatcher dispatcher = new Dispatcher(handlers, listener, failures, replier, book);
        Set<AgentName> agents = Collections.unmodifiableSet(new LinkedHashSet<>(handlers.keySet()));
        AgentSelection selection = agents.isEmpty() ? AgentSelection.all() : AgentSelection.only(agents);
        StreamLink link = new StreamLink(client, selection, dispatcher, firstWait, maxWait);
        dispatcher.onStreamEnded(link::ended);
        return registerMissing()
                .thenCompose(registered -> link.open())
                .thenApply(opened -> new AgentHost(client, link, dispatcher, replier, agents));
    }

    private CompletableFuture<Void> registerMissing() {
        if (toRegister.isEmpty()) {
            return CompletableFuture.completedFuture(null);
        }
        List<AgentCard> cards = List.copyOf(toRegister);
        return client.myAgents().thenCompose(listings -> {
            Set<AgentName> owned = listings.stream().map(listing -> listing.agent().name()).collect(Collectors.toSet());
            return CompletableFuture.allOf(cards.stream()
                    .filter(card -> !owned.contains(card.name()))
                    .map(this::register)
                    .toArray(CompletableFuture[]::new));
        });
    }

    /** Registers a card; another program registering the same name meanwhile is fine. */
    private CompletableFuture<Void> register(AgentCard card) {
        return client.registerAgent(card).handle((agent, failure) -> {
            if (failure == null || Failures.hasCode(failure, ErrorCode.AGENT_EXISTS)) {
                return null;
            }
            throw Failures.asCompletion(failure);
        });
    }

    private static void uncaught(IncomingMessage message, RuntimeException failure) {
        Thread current = Thread.currentThread();
        current.getUncaughtExceptionHandler().uncaughtException(current,
                new IllegalStateException("the handler failed on " + message, failure));
    }
}
