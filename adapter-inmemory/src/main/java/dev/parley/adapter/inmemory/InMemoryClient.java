package dev.parley.adapter.inmemory;

import dev.parley.domain.Parley;
import dev.parley.ports.client.MessageStream;
import dev.parley.ports.client.ParleyClient;
import dev.parley.ports.client.StreamListener;
import dev.parley.ports.model.Agent;
import dev.parley.ports.model.AgentCard;
import dev.parley.ports.model.AgentListing;
import dev.parley.ports.model.AgentName;
import dev.parley.ports.model.AgentSelection;
import dev.parley.ports.model.ErrorCode;
import dev.parley.ports.model.Friend;
import dev.parley.ports.model.FriendRequestStatus;
import dev.parley.ports.model.FriendRequests;
import dev.parley.ports.model.HistoryPage;
import dev.parley.ports.model.HistoryQuery;
import dev.parley.ports.model.Message;
import dev.parley.ports.model.OutgoingMessage;
import dev.parley.ports.model.ParleyException;
import dev.parley.ports.model.Password;
import dev.parley.ports.model.User;
import dev.parley.ports.model.UserId;
import dev.parley.ports.model.Username;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/** One user's client of the in-memory network: each call runs the domain's use case on the caller's thread. */
final class InMemoryClient implements ParleyClient {
    private final Parley parley;
    private final Connections connections;
    private final Session session;
    private final ClientStream stream;

    InMemoryClient(Parley parley, Connections connections) {
        this.parley = parley;
        this.connections = connections;
        this.session = new Session(parley);
        this.stream = new ClientStream();
    }

    @Override
    public CompletableFuture<User> signUp(Username username, Password password) {
        return Calls.run(() -> parley.signUp().signUp(username, password));
    }

    @Override
    public CompletableFuture<User> logIn(String username, String password) {
        return Calls.run(() -> session.logIn(username, password));
    }

    @Override
    public CompletableFuture<Void> logOut() {
        return Calls.run(() -> {
            parley.logOut().logOut(session.principal());
            session.forget();
            stream.close();
            return null;
        });
    }

    @Override
    public CompletableFuture<User> me() {
        return Calls.run(() -> parley.findUser(session.principal().userId())
                .orElseThrow(() -> new ParleyException(ErrorCode.UNAUTHORIZED, "the user is gone")));
    }

    @Override
    public CompletableFuture<FriendRequestStatus> sendFriendRequest(Username username) {
        return Calls.run(() -> parley.sendFriendRequest().sendFriendRequest(session.principal().userId(), username));
    }

    @Override
    public CompletableFuture<Void> acceptFriendRequest(Username username) {
        return Calls.act(() -> parley.acceptFriendRequest().acceptFriendRequest(session.principal().userId(), username));
    }

    @Override
    public CompletableFuture<Void> rejectFriendRequest(Username username) {
        return Calls.act(() -> parley.rejectFriendRequest().rejectFriendRequest(session.principal().userId(), username));
    }

    @Override
    public CompletableFuture<FriendRequests> friendRequests() {
        return Calls.run(() -> parley.listFriendRequests().listFriendRequests(session.principal().userId()));
    }

    @Override
    public CompletableFuture<List<Friend>> friends() {
        return Calls.run(() -> parley.listFriends().listFriends(session.principal().userId()));
    }

    @Override
    public CompletableFuture<Void> removeFriend(Username username) {
        return Calls.act(() -> parley.removeFriend().removeFriend(session.principal().userId(), username));
    }

    @Override
    public CompletableFuture<Agent> registerAgent(AgentCard card) {
        return Calls.run(() -> parley.registerAgent().registerAgent(session.principal().userId(), card));
    }

    @Override
    public CompletableFuture<Agent> updateAgent(AgentCard card) {
        return Calls.run(() -> parley.updateAgent().updateAgent(session.principal().userId(), card));
    }

    @Override
    public CompletableFuture<Void> removeAgent(AgentName name) {
        return Calls.act(() -> parley.removeAgent().removeAgent(session.principal().userId(), name));
    }

    @Override
    public CompletableFuture<List<AgentListing>> myAgents() {
        return Calls.run(() -> parley.listOwnAgents().listOwnAgents(session.principal().userId()));
    }

    @Override
    public CompletableFuture<List<AgentListing>> agentsOf(UserId friend) {
        return Calls.run(() -> parley.listFriendAgents().listFriendAgents(session.principal().userId(), friend));
    }

    @Override
    public CompletableFuture<Message> send(UserId friend, OutgoingMessage message) {
        return Calls.run(() -> parley.sendMessage().sendMessage(session.principal().userId(), friend, message));
    }

    @Override
    public CompletableFuture<HistoryPage> history(HistoryQuery query) {
        return Calls.run(() -> parley.readHistory().readHistory(session.principal().userId(), query));
    }

    @Override
    public CompletableFuture<MessageStream> connect(AgentSelection agents, StreamListener listener) {
        Objects.requireNonNull(agents, "agents");
        Objects.requireNonNull(listener, "listener");
        return Calls.run(() -> stream.open(parley, connections, session.principal(), agents, listener));
    }

    @Override
    public void close() {
        session.close();
        stream.close();
    }
}
