package dev.parley.ports.client.contract;

import static dev.parley.ports.client.contract.Futures.done;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.ports.model.AgentName;
import dev.parley.ports.model.Content;
import dev.parley.ports.model.ErrorCode;
import dev.parley.ports.model.HistoryPage;
import dev.parley.ports.model.HistoryQuery;
import dev.parley.ports.model.Message;
import dev.parley.ports.model.MessageType;
import dev.parley.ports.model.OutgoingMessage;
import dev.parley.ports.model.Seq;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Reading message history through any {@link dev.parley.ports.client.ParleyClient}. */
public abstract class HistoryClientContract extends ParleyClientContract {
    private Member alice;
    private Member bob;
    private Member carol;

    @BeforeEach
    void aliceHasTwoFriends() {
        alice = member("alice");
        bob = member("bob");
        carol = member("carol");
        befriend(alice, bob);
        befriend(alice, carol);
        agent(alice, "desk");
        agent(bob, "desk");
        agent(carol, "desk");
    }

    @Test
    void historyHoldsSentAndReceivedMessagesOldestFirst() {
        Message one = send(alice, bob);
        Message two = send(bob, alice);
        Message three = send(carol, alice);

        assertThat(done(alice.client().history(HistoryQuery.everything())).messages()).containsExactly(one, two, three);
    }

    @Test
    void filtersNarrowToOneFriendOneConversationOrNewerReceivedMessages() {
        Message toBob = send(alice, bob);
        Message fromBob = send(bob, alice);
        Message fromCarol = send(carol, alice);

        assertThat(read(new HistoryQuery(Optional.of(bob.id()), Optional.empty(), Optional.empty(), 50, Optional.empty())))
                .containsExactly(toBob, fromBob);
        assertThat(read(new HistoryQuery(Optional.empty(), Optional.of(fromCarol.conversationId()), Optional.empty(), 50, Optional.empty())))
                .containsExactly(fromCarol);
        assertThat(read(new HistoryQuery(Optional.empty(), Optional.empty(), Optional.of(new Seq(1)), 50, Optional.empty())))
                .containsExactly(fromCarol);
    }

    @Test
    void theCursorWalksEveryPageAndTheLastHasNone() {
        List<Message> sent = List.of(send(alice, bob), send(bob, alice), send(alice, carol), send(carol, alice), send(alice, bob));
        HistoryQuery first = new HistoryQuery(Optional.empty(), Optional.empty(), Optional.empty(), 2, Optional.empty());

        List<Message> read = new ArrayList<>();
        HistoryPage page = done(alice.client().history(first));
        read.addAll(page.messages());
        while (page.next().isPresent()) {
            page = done(alice.client().history(first.withCursor(page.next().get())));
            read.addAll(page.messages());
        }

        assertThat(read).containsExactlyElementsOf(sent);
    }

    @Test
    void aForgedCursorIsAnInvalidRequest() {
        assertRefused(alice.client().history(HistoryQuery.everything().withCursor("forged")), ErrorCode.INVALID_REQUEST);
    }

    private Message send(Member from, Member to) {
        return done(from.client().send(to.id(), OutgoingMessage.opening(MessageType.INFORMATION,
                new AgentName("desk"), Content.text("from " + from.name()))));
    }

    private List<Message> read(HistoryQuery query) {
        return done(alice.client().history(query)).messages();
    }
}
