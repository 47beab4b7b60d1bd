package dev.parley.adapter.inmemory.domain;

import dev.parley.adapter.inmemory.InMemoryOutbound;
import dev.parley.domain.DomainSettings;
import dev.parley.domain.Outbound;
import dev.parley.domain.Parley;
import dev.parley.ports.in.DeliverySession;
import dev.parley.ports.model.AgentCard;
import dev.parley.ports.model.AgentName;
import dev.parley.ports.model.AgentSelection;
import dev.parley.ports.model.Content;
import dev.parley.ports.model.Message;
import dev.parley.ports.model.MessageType;
import dev.parley.ports.model.OutgoingMessage;
import dev.parley.ports.model.Password;
import dev.parley.ports.model.Principal;
import dev.parley.ports.model.User;
import dev.parley.ports.model.Username;
import dev.parley.ports.out.LiveSignals;
import dev.parley.ports.out.Mailboxes;
import java.time.Instant;
import java.util.Arrays;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/** A real domain on fresh in-memory stores, and the few steps every behaviour test starts with. */
final class DomainFixture {
    static final String PASSWORD = "correct horse battery";

    final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T10:00:00.123456Z"));
    final Parley parley;

    DomainFixture() {
        this(UnaryOperator.identity(), UnaryOperator.identity());
    }

    /** A domain on in-memory stores whose mailboxes and signals the test may wrap (to count reads, or hold signals back). */
    DomainFixture(UnaryOperator<Mailboxes> mailboxes, UnaryOperator<LiveSignals> signals) {
        Outbound out = InMemoryOutbound.create(clock);
        parley = Parley.create(new Outbound(out.users(), out.friendships(), out.agents(), out.messages(),
                mailboxes.apply(out.mailboxes()), out.loginSessions(), out.passwordHasher(), out.accessTokens(), out.ids(),
                out.clock(), out.presence(), signals.apply(out.signals())), DomainSettings.defaults());
    }

    User signUp(String name) {
        return parley.signUp().signUp(new Username(name), new Password(PASSWORD));
    }

    Principal logIn(User user) {
        return parley.authenticate().authenticate(parley.logIn().logIn(user.username().value(), PASSWORD).accessToken());
    }

    void befriend(User one, User other) {
        parley.sendFriendRequest().sendFriendRequest(one.id(), other.username());
        parley.acceptFriendRequest().acceptFriendRequest(other.id(), one.username());
    }

    void agent(User owner, String name) {
        parley.registerAgent().registerAgent(owner.id(), AgentCard.of(name, "helps " + owner.username(), "assistant"));
    }

    Message open(User from, User to, String agent, MessageType type) {
        return send(from, to, OutgoingMessage.opening(type, new AgentName(agent), Content.text("hello")));
    }

    Message reply(User from, Message original, MessageType type) {
        return send(from, userOf(original), OutgoingMessage.reply(type, original.id(), Content.text("re")));
    }

    Message send(User from, User to, OutgoingMessage message) {
        return parley.sendMessage().sendMessage(from.id(), to.id(), message);
    }

    Connection connect(User user, AgentSelection agents) {
        RecordingSink sink = new RecordingSink();
        return new Connection(parley.openDeliverySession().openDeliverySession(logIn(user), agents, sink), sink);
    }

    Connection connect(User user) {
        return connect(user, AgentSelection.all());
    }

    static AgentSelection only(String... agents) {
        return AgentSelection.only(Arrays.stream(agents).map(AgentName::new).collect(Collectors.toSet()));
    }

    private User userOf(Message original) {
        return parley.findUser(original.senderId()).orElseThrow();
    }

    /** An open delivery session and the sink it hands its messages to. */
    record Connection(DeliverySession session, RecordingSink sink) {
    }
}
