package dev.parley.adapter.tyrus;

import dev.parley.adapter.tyrus.wire.AgentCardJson;
import dev.parley.adapter.tyrus.wire.AgentJson;
import dev.parley.adapter.tyrus.wire.CredentialsJson;
import dev.parley.adapter.tyrus.wire.FriendJson;
import dev.parley.adapter.tyrus.wire.FriendRequestsJson;
import dev.parley.adapter.tyrus.wire.HistoryJson;
import dev.parley.adapter.tyrus.wire.MessageJson;
import dev.parley.adapter.tyrus.wire.SendJson;
import dev.parley.adapter.tyrus.wire.StatusJson;
import dev.parley.adapter.tyrus.wire.UserJson;
import dev.parley.adapter.tyrus.wire.WireJson;
import dev.parley.ports.client.MessageStream;
import dev.parley.ports.client.ParleyClient;
import dev.parley.ports.client.StreamListener;
import dev.parley.ports.model.Agent;
import dev.parley.ports.model.AgentCard;
import dev.parley.ports.model.AgentListing;
import dev.parley.ports.model.AgentName;
import dev.parley.ports.model.AgentSelection;
import dev.parley.ports.model.Friend;
import dev.parley.ports.model.FriendRequestStatus;
import dev.parley.ports.model.FriendRequests;
import dev.parley.ports.model.HistoryPage;
import dev.parley.ports.model.HistoryQuery;
import dev.parley.ports.model.LoginTokens;
import dev.parley.ports.model.Message;
import dev.parley.ports.model.OutgoingMessage;
import dev.parley.ports.model.Password;
import dev.parley.ports.model.User;
import dev.parley.ports.model.UserId;
import dev.parley.ports.model.Username;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The client port over the wire API: REST through the JDK {@code HttpClient} (HTTP/1.1), the live stream through
 * the Tyrus WebSocket client, JSON through Jackson. It keeps the login and refreshes it before it expires; its
 * streams reconnect by themselves and lose nothing. Refusals fail futures with a
 * {@link dev.parley.ports.model.ParleyException} (see {@link Problems} for codes this client does not know);
 * an unreachable or failing server with a {@link dev.parley.ports.client.ParleyTransportException}.
 *
 * <p>Usually obtained as {@code ParleyClients.create("ws://host:8080")}; {@link #create(URI, ClientSettings)} tunes it.
 * {@code GET /me} answers only {@code id} and {@code username}: {@link #me()} takes the user's {@code created_at} from
 * the login answer, which carries it.
 */
public final class TyrusParleyClient implements ParleyClient {
    private final ClientParts parts;

    private TyrusParleyClient(ClientParts parts) {
        this.parts = parts;
    }

    /** A logged-out client of the server at {@code server} ({@code ws}, {@code wss}, {@code http} or {@code https}). */
    public static TyrusParleyClient create(URI server) {
        return create(server, ClientSettings.defaults());
    }

    public static TyrusParleyClient create(URI server, ClientSettings settings) {
        return new TyrusParleyClient(ClientParts.assemble(ServerAddress.of(server), settings));
    }

    @Override
    public CompletableFuture<User> signUp(Username username, Password password) {
        return parts.exchange().call("POST", "signup", RestCalls.body(new CredentialsJson(username.value(), password.value())),
                body -> WireJson.read(body, UserJson.class).toUser());
    }

    @Override
    public CompletableFuture<User> logIn(String username, String password) {
        return parts.sessions().logIn(username, password);
    }

    @Override
    public CompletableFuture<Void> logOut() {
        return parts.sessions().logOut();
    }

    @Override
    public CompletableFuture<User> me() {
        return parts.rest().get("me", body -> withLoginTime(WireJson.read(body, UserJson.class).toUser()));
    }

    /** The login answer's user when it is the same one (it has {@code created_at}); the user as given otherwise. */
    private User withLoginTime(User user) {
        return parts.login().current().map(LoginTokens::user)
                .filter(loggedIn -> loggedIn.id().equals(user.id()) && loggedIn.username().equals(user.username()))
                .orElse(user);
    }

    @Override
    public CompletableFuture<FriendRequestStatus> sendFriendRequest(Username username) {
        return parts.rest().call("POST", Paths.of("friend_request", username.value()), Optional.empty(),
                body -> WireJson.read(body, StatusJson.class).toStatus());
    }

    @Override
    public CompletableFuture<Void> acceptFriendRequest(Username username) {
        return parts.rest().noAnswer("POST", Paths.of("accept_friend_request", username.value()));
    }

    @Override
    public CompletableFuture<Void> rejectFriendRequest(Username username) {
        return parts.rest().noAnswer("POST", Paths.of("reject_friend_request", username.value()));
    }

    @Override
    public CompletableFuture<FriendRequests> friendRequests() {
        return parts.rest().get("friend_requests", body -> WireJson.read(body, FriendRequestsJson.class).toRequests());
    }

    @Override
    public CompletableFuture<List<Friend>> friends() {
        return parts.rest().get("friends",
                body -> WireJson.readList(body, FriendJson.class).stream().map(FriendJson::toFriend).toList());
    }

    @Override
    public CompletableFuture<Void> removeFriend(Username username) {
        return parts.rest().noAnswer("DELETE", Paths.of("friends", username.value()));
    }

    @Override
    public CompletableFuture<Agent> registerAgent(AgentCard card) {
        return parts.rest().call("POST", "agents", RestCalls.body(AgentCardJson.from(card)),
                body -> WireJson.read(body, AgentJson.class).toAgent());
    }

    @Override
    public CompletableFuture<Agent> updateAgent(AgentCard card) {
        return parts.rest().call("PUT", Paths.of("agents", card.name().value()), RestCalls.body(AgentCardJson.from(card)),
                body -> WireJson.read(body, AgentJson.class).toAgent());
    }

    @Override
    public CompletableFuture<Void> removeAgent(AgentName name) {
        return parts.rest().noAnswer("DELETE", Paths.of("agents", name.value()));
    }

    @Override
    public CompletableFuture<List<AgentListing>> myAgents() {
        return parts.rest().get("agents", TyrusParleyClient::listings);
    }

    @Override
    public CompletableFuture<List<AgentListing>> agentsOf(UserId friend) {
        return parts.rest().get(Paths.of("agents", friend.value()), TyrusParleyClient::listings);
    }

    @Override
    public CompletableFuture<Message> send(UserId friend, OutgoingMessage message) {
        return parts.rest().call("POST", Paths.of("message", friend.value()), RestCalls.body(SendJson.from(message)),
                body -> WireJson.read(body, MessageJson.class).toMessage());
    }

    @Override
    public CompletableFuture<HistoryPage> history(HistoryQuery query) {
        return parts.rest().get(Paths.history(query), body -> WireJson.read(body, HistoryJson.class).toPage());
    }

    @Override
    public CompletableFuture<MessageStream> connect(AgentSelection agents, StreamListener listener) {
        return parts.streams().open(agents, listener);
    }

    /** Closes the open streams (the listener sees code 1000) and stops the client's threads; does not log out. */
    @Override
    public void close() {
        parts.close();
    }

    /** The login as this client holds it; for this package's tests. */
    LoginState loginState() {
        return parts.login();
    }

    private static List<AgentListing> listings(String body) {
        return WireJson.readList(body, AgentJson.class).stream().map(AgentJson::toListing).toList();
    }
}
