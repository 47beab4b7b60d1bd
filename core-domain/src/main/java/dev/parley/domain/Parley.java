package dev.parley.domain;

import dev.parley.domain.account.Accounts;
import dev.parley.domain.account.UserDirectory;
import dev.parley.domain.agent.AgentService;
import dev.parley.domain.delivery.DeliveryService;
import dev.parley.domain.messaging.MailboxPolicy;
import dev.parley.domain.messaging.MailboxService;
import dev.parley.domain.messaging.SendMessageService;
import dev.parley.domain.social.FriendRequestService;
import dev.parley.domain.social.FriendshipGuard;
import dev.parley.domain.social.FriendshipService;
import dev.parley.ports.in.AcceptFriendRequestUseCase;
import dev.parley.ports.in.AcknowledgeMessagesUseCase;
import dev.parley.ports.in.AuthenticateUseCase;
import dev.parley.ports.in.ListFriendAgentsUseCase;
import dev.parley.ports.in.ListFriendRequestsUseCase;
import dev.parley.ports.in.ListFriendsUseCase;
import dev.parley.ports.in.ListOwnAgentsUseCase;
import dev.parley.ports.in.LogInUseCase;
import dev.parley.ports.in.LogOutUseCase;
import dev.parley.ports.in.OpenDeliverySessionUseCase;
import dev.parley.ports.in.ReadHistoryUseCase;
import dev.parley.ports.in.RefreshTokensUseCase;
import dev.parley.ports.in.RegisterAgentUseCase;
import dev.parley.ports.in.RejectFriendRequestUseCase;
import dev.parley.ports.in.RemoveAgentUseCase;
import dev.parley.ports.in.RemoveFriendUseCase;
import dev.parley.ports.in.SendFriendRequestUseCase;
import dev.parley.ports.in.SendMessageUseCase;
import dev.parley.ports.in.SignUpUseCase;
import dev.parley.ports.in.UpdateAgentUseCase;
import dev.parley.ports.model.User;
import dev.parley.ports.model.UserId;
import dev.parley.ports.model.Username;
import java.util.Objects;
import java.util.Optional;

/** The domain, wired by hand to its outbound ports: every inbound port, one accessor each. */
public final class Parley {
    private final UserDirectory users;
    private final Accounts accounts;
    private final FriendRequestService friendRequests;
    private final FriendshipService friendships;
    private final AgentService agents;
    private final SendMessageService sending;
    private final MailboxService mailbox;
    private final DeliveryService delivery;

    private Parley(Outbound out, DomainSettings settings) {
        users = new UserDirectory(out.users());
        accounts = Accounts.create(new Accounts.Ports(out.users(), out.loginSessions(), out.passwordHasher(),
                out.accessTokens(), out.ids(), out.signals(), out.clock()),
                settings.accessTokenLifetime(), settings.refreshTokenLifetime());
        FriendshipGuard guard = new FriendshipGuard(out.friendships());
        friendRequests = new FriendRequestService(users, out.friendships(), out.signals(), out.clock());
        friendships = new FriendshipService(users, out.friendships(), out.presence());
        agents = new AgentService(users, guard, out.agents(), out.presence());
        sending = new SendMessageService(users, guard, out.agents(), out.messages(), out.mailboxes(),
                new MailboxPolicy(settings.maxPendingPerAgent()), out.ids(), out.signals(), out.clock());
        mailbox = new MailboxService(out.mailboxes(), out.messages());
        delivery = DeliveryService.start(out.agents(), out.friendships(), out.mailboxes(), out.presence(),
                out.signals(), out.ids());
    }

    /** Wires the services; the delivery service subscribes to {@code outbound.signals()} here, once. */
    public static Parley create(Outbound outbound, DomainSettings settings) {
        return new Parley(Objects.requireNonNull(outbound, "outbound"), Objects.requireNonNull(settings, "settings"));
    }

    public SignUpUseCase signUp() {
        return accounts.signUp();
    }

    public LogInUseCase logIn() {
        return accounts.logIn();
    }

    public LogOutUseCase logOut() {
        return accounts.sessions();
    }

    public RefreshTokensUseCase refreshTokens() {
        return accounts.sessions();
    }

    public AuthenticateUseCase authenticate() {
        return accounts.sessions();
    }

    public SendFriendRequestUseCase sendFriendRequest() {
        return friendRequests;
    }

    public AcceptFriendRequestUseCase acceptFriendRequest() {
        return friendRequests;
    }

    public RejectFriendRequestUseCase rejectFriendRequest() {
        return friendRequests;
    }

    public RemoveFriendUseCase removeFriend() {
        return friendships;
    }

    public ListFriendsUseCase listFriends() {
        return friendships;
    }

    public ListFriendRequestsUseCase listFriendRequests() {
        return friendships;
    }

    public RegisterAgentUseCase registerAgent() {
        return agents;
    }

    public UpdateAgentUseCase updateAgent() {
        return agents;
    }

    public RemoveAgentUseCase removeAgent() {
        return agents;
    }

    public ListOwnAgentsUseCase listOwnAgents() {
        return agents;
    }

    public ListFriendAgentsUseCase listFriendAgents() {
        return agents;
    }

    public SendMessageUseCase sendMessage() {
        return sending;
    }

    public AcknowledgeMessagesUseCase acknowledgeMessages() {
        return mailbox;
    }

    public ReadHistoryUseCase readHistory() {
        return mailbox;
    }

    public OpenDeliverySessionUseCase openDeliverySession() {
        return delivery;
    }

    public Optional<User> findUser(UserId id) {
        return users.find(id);
    }

    public Optional<User> findUser(Username name) {
        return users.find(name);
    }
}
