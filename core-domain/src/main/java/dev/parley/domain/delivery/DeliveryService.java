package dev.parley.domain.delivery;

import dev.parley.domain.agent.AgentPolicy;
import dev.parley.ports.in.DeliverySession;
import dev.parley.ports.in.OpenDeliverySessionUseCase;
import dev.parley.ports.in.SessionSink;
import dev.parley.ports.model.Agent;
import dev.parley.ports.model.AgentSelection;
import dev.parley.ports.model.Principal;
import dev.parley.ports.model.UserId;
import dev.parley.ports.out.Agents;
import dev.parley.ports.out.Friendships;
import dev.parley.ports.out.IdGenerator;
import dev.parley.ports.out.LiveSignals;
import dev.parley.ports.out.Mailboxes;
import dev.parley.ports.out.Presence;
import dev.parley.ports.out.Signal;
import java.util.stream.Collectors;

/** Keeps this node's live sessions and routes every signal to the sessions it concerns. */
public final class DeliveryService implements OpenDeliverySessionUseCase {
    private final SessionRegistry registry = new SessionRegistry();
    private final Agents agents;
    private final Mailboxes mailboxes;
    private final Presence presence;
    private final IdGenerator ids;
    private final PresenceAnnouncer announcer;

    private DeliveryService(Agents agents, Friendships friendships, Mailboxes mailboxes, Presence presence,
            LiveSignals signals, IdGenerator ids) {
        this.agents = agents;
        this.mailboxes = mailboxes;
        this.presence = presence;
        this.ids = ids;
        this.announcer = new PresenceAnnouncer(friendships, signals);
    }

    /** A delivery service subscribed to the signals (once, for its whole life). */
    public static DeliveryService start(Agents agents, Friendships friendships, Mailboxes mailboxes, Presence presence,
            LiveSignals signals, IdGenerator ids) {
        DeliveryService service = new DeliveryService(agents, friendships, mailboxes, presence, signals, ids);
        signals.subscribe(service::onSignal);
        // Sessions that lapsed with another node (or came back with this one) change presence without an open or close here.
        presence.subscribe(change -> service.announcer.announce(change.userId(), change.online()));
        return service;
    }

    @Override
    public DeliverySession openDeliverySession(Principal principal, AgentSelection selection, SessionSink sink) {
        UserId user = principal.userId();
        AgentPolicy.requireSelectionOwned(selection,
                agents.ownedBy(user).stream().map(Agent::name).collect(Collectors.toSet()));
        LiveSession session = new LiveSession(principal, selection, sink, ids.newId(), mailboxes, this::closed);
        // Presence before registration: nothing can close the session before it is registered, so no close precedes this open.
        if (presence.sessionOpened(user, session.key(), selection)) {
            announcer.announce(user, true);
        }
        registry.add(session);
        session.wake();
        return session;
    }

    private void closed(LiveSession session) {
        registry.remove(session);
        UserId user = session.principal().userId();
        if (presence.sessionClosed(user, session.key())) {
            announcer.announce(user, false);
        }
    }

    private void onSignal(Signal signal) {
        if (signal instanceof Signal.MessagesWaiting waiting) {
            waiting.appended().ifPresentOrElse(
                    message -> registry.sessionsOf(waiting.recipient()).forEach(session -> session.offer(message)),
                    () -> registry.sessionsOf(waiting.recipient()).forEach(LiveSession::wake));
        } else if (signal instanceof Signal.EventFor eventFor) {
            registry.sessionsOf(eventFor.user()).forEach(session -> session.push(eventFor.event()));
        } else if (signal instanceof Signal.SessionRevoked revoked) {
            registry.sessionsOfLogin(revoked.session()).forEach(LiveSession::revoke);
        }
    }
}
