package dev.parley.ports.client;

import dev.parley.ports.model.Agent;
import dev.parley.ports.model.AgentCard;
import dev.parley.ports.model.AgentListing;
import dev.parley.ports.model.AgentName;
import dev.parley.ports.model.AgentSelection;
import dev.parley.ports.model.Content;
import dev.parley.ports.model.Friend;
import dev.parley.ports.model.FriendRequestStatus;
import dev.parley.ports.model.FriendRequests;
import dev.parley.ports.model.HistoryPage;
import dev.parley.ports.model.HistoryQuery;
import dev.parley.ports.model.Message;
import dev.parley.ports.model.MessageType;
import dev.parley.ports.model.OutgoingMessage;
import dev.parley.ports.model.Password;
import dev.parley.ports.model.User;
import dev.parley.ports.model.UserId;
import dev.parley.ports.model.Username;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Every operation of the wire API for one user, asynchronous. A client is logged out until
 * {@link #logIn} or {@link #signUp} followed by {@link #logIn}; operations that need a login fail with
 * {@code unauthorized} before it.
 */
public interface ParleyClient extends AutoCloseable {
    CompletableFuture<User> signUp(Username username, Password password);

    /** Logs in; the client keeps the tokens (and refreshes them, where the transport needs it). */
    CompletableFuture<User> logIn(String username, String password);

    /** Ends the login: the tokens stop working and the open stream closes. */
    CompletableFuture<Void> logOut();

    /** The logged-in user. */
    CompletableFuture<User> me();

    CompletableFuture<FriendRequestStatus> sendFriendRequest(Username username);

    CompletableFuture<Void> acceptFriendRequest(Username username);

    CompletableFuture<Void> rejectFriendRequest(Username username);

    CompletableFuture<FriendRequests> friendRequests();

    CompletableFuture<List<Friend>> friends();

    CompletableFuture<Void> removeFriend(Username username);

    CompletableFuture<Agent> registerAgent(AgentCard card);

    CompletableFuture<Agent> updateAgent(AgentCard card);

    CompletableFuture<Void> removeAgent(AgentName name);

    CompletableFuture<List<AgentListing>> myAgents();

    CompletableFuture<List<AgentListing>> agentsOf(UserId friend);

    /** Sends a message; completes with the stored message (seq, conversation id) once the server accepted it. */
    CompletableFuture<Message> send(UserId friend, OutgoingMessage message);

    CompletableFuture<HistoryPage> history(HistoryQuery query);

    /**
     * Sends the contract's text message, {@code INFORMATION} with {@code {"text": text}}, opening a conversation
     * with the friend's {@code agent}; from the user, not from one of their agents.
     */
    default CompletableFuture<Message> sendText(UserId friend, AgentName agent, String text) {
        return send(friend, OutgoingMessage.opening(MessageType.INFORMATION, agent, Content.text(text)));
    }

    /**
     * Opens the live stream for the selected agents. Pending messages arrive first, in seq order, then new ones and
     * events, all on the listener, one at a time.
     */
    CompletableFuture<MessageStream> connect(AgentSelection agents, StreamListener listener);

    /** Closes the stream, if open, and releases the client's resources; does not log out. */
    @Override
    void close();
}
