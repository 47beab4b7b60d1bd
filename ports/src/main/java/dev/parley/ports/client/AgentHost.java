package dev.parley.ports.client;

import dev.parley.ports.model.AgentName;
import dev.parley.ports.model.Content;
import dev.parley.ports.model.Message;
import dev.parley.ports.model.MessageType;
import dev.parley.ports.model.OutgoingMessage;
import dev.parley.ports.model.ParleyException;
import dev.parley.ports.model.UserId;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * Runs a user's agents on one live stream: each message goes once to its agent's {@link AgentHandler} (or to the
 * {@link Conversation} it answers) and is acknowledged after that; a lost connection is restored and what was not
 * acknowledged comes again. Built like {@code java.net.http.WebSocket}:
 * <pre>{@code
 * AgentHost host = AgentHost.newBuilder(client)            // a logged-in ParleyClient, any transport
 *         .agent("assistant", message -> message.replyText("hello"))
 *         .buildAsync().join();
 * }</pre>
 */
public final class AgentHost implements AutoCloseable {
    private final ParleyClient client;
    private final StreamLink link;
    private final Dispatcher dispatcher;
    private final Replier replier;
    private final Set<AgentName> agents;
    private final Optional<AgentName> sender;

    AgentHost(ParleyClient client, StreamLink link, Dispatcher dispatcher, Replier replier, Set<AgentName> agents) {
        this.client = client;
        this.link = link;
        this.dispatcher = dispatcher;
        this.replier = replier;
        this.agents = agents;
        this.sender = agents.stream().findFirst();
    }

    /** A builder for a host on {@code client}, which must be logged in by the time {@code buildAsync} runs. */
    public static AgentHostBuilder newBuilder(ParleyClient client) {
        return new AgentHostBuilder(client);
    }

    /** The agents this host serves, in the order they were added. */
    public Set<AgentName> agents() {
        return agents;
    }

    /**
     * Opens a conversation with a friend's agent, from this host's first agent. The replies come to the returned
     * handle, not to the handler. Fails with {@code protocol_violation}, before sending, for a type that cannot open.
     */
    public CompletableFuture<Conversation> open(UserId friend, AgentName agent, MessageType type, Content content) {
        return open(friend, OutgoingMessage.opening(type, agent, content));
    }

    /** As {@link #open(UserId, AgentName, MessageType, Content)}, with every field of the opening message given. */
    public CompletableFuture<Conversation> open(UserId friend, OutgoingMessage opening) {
        Optional<ParleyException> refused = opening.inReplyTo().isPresent()
                ? Optional.of(ParleyException.invalid("in_reply_to", "an opening answers nothing; reply instead"))
                : ReplyRules.openingRefusal(opening.type());
        if (refused.isPresent()) {
            return CompletableFuture.failedFuture(refused.get());
        }
        dispatcher.openStarted();
        try {
            return client.send(friend, fromUs(opening)).handle((sent, failure) -> opened(sent, failure));
        } catch (RuntimeException failure) {
            dispatcher.openFinished(Optional.empty());
            return CompletableFuture.failedFuture(failure);
        }
    }

    /** Sends the contract's text message to a friend's agent, from this host's first agent. */
    public CompletableFuture<Message> sendText(UserId friend, AgentName agent, String text) {
        return client.send(friend, fromUs(OutgoingMessage.opening(MessageType.INFORMATION, agent, Content.text(text))));
    }

    /** Open until closed or the login ends; while the connection is being restored it is still open. */
    public boolean isOpen() {
        return link.isOpen();
    }

    /** Closes the stream; the client stays logged in. */
    @Override
    public void close() {
        link.close();
    }

    private OutgoingMessage fromUs(OutgoingMessage message) {
        return message.senderAgent().isEmpty() && sender.isPresent() ? message.from(sender.get()) : message;
    }

    private Conversation opened(Message sent, Throwable failure) {
        if (failure != null) {
            dispatcher.openFinished(Optional.empty());
            throw Failures.asCompletion(failure);
        }
        Conversation conversation = new Conversation(sent, replier);
        dispatcher.openFinished(Optional.of(conversation));
        return conversation;
    }
}
