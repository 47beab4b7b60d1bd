package dev.parley.ports.out.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.ports.model.ConversationId;
import dev.parley.ports.model.ErrorCode;
import dev.parley.ports.model.HistoryPage;
import dev.parley.ports.model.HistoryQuery;
import dev.parley.ports.model.Message;
import dev.parley.ports.model.ParleyException;
import dev.parley.ports.model.Seq;
import dev.parley.ports.model.User;
import dev.parley.ports.model.UserId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link dev.parley.ports.out.Messages} store answers to history queries: order, filters, pages. */
public abstract class MessageHistoryContract extends StoreContract {
    private User alice;
    private User bob;
    private User carol;

    @BeforeEach
    void threeUsers() {
        alice = storedUser("alice");
        bob = storedUser("bob");
        carol = storedUser("carol");
    }

    @Test
    void historyHoldsWhatTheUserSentAndReceivedInStoreOrder() {
        Message one = send(alice, bob);
        Message two = send(bob, alice);
        send(bob, carol);
        Message three = send(carol, alice);

        assertThat(stores.messages().history(alice.id(), HistoryQuery.everything()).messages())
                .containsExactly(one, two, three);
    }

    @Test
    void withNarrowsToOneCounterpart() {
        Message one = send(alice, bob);
        send(carol, alice);
        Message two = send(bob, alice);

        assertThat(read(alice, query(Optional.of(bob.id()), Optional.empty(), Optional.empty(), 50))).containsExactly(one, two);
    }

    @Test
    void aConversationIdNarrowsToThatConversation() {
        ConversationId conversation = new ConversationId(TestData.id());
        Message opening = stores.messages().append(MessageDrafts.from(alice, bob).in(conversation).build()).message();
        send(alice, bob);
        Message reply = stores.messages().append(MessageDrafts.from(bob, alice).in(conversation).replyTo(opening.id()).build()).message();

        assertThat(read(alice, query(Optional.empty(), Optional.of(conversation), Optional.empty(), 50)))
                .containsExactly(opening, reply);
    }

    @Test
    void afterSeqNarrowsToReceivedMessagesAboveIt() {
        send(bob, alice);
        send(alice, bob);
        Message second = send(carol, alice);
        Message third = send(bob, alice);

        assertThat(read(alice, query(Optional.empty(), Optional.empty(), Optional.of(new Seq(1)), 50)))
                .containsExactly(second, third);
    }

    @Test
    void pagesFollowEachOtherWithTheSameFiltersAndTheLastHasNoCursor() {
        List<Message> withBob = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            withBob.add(send(i % 2 == 0 ? alice : bob, i % 2 == 0 ? bob : alice));
            send(carol, alice);
        }
        HistoryQuery firstPage = query(Optional.of(bob.id()), Optional.empty(), Optional.empty(), 2);

        List<Message> read = new ArrayList<>();
        List<Integer> sizes = new ArrayList<>();
        Optional<String> next = Optional.empty();
        do {
            HistoryPage page = stores.messages().history(alice.id(), next.map(firstPage::withCursor).orElse(firstPage));
            read.addAll(page.messages());
            sizes.add(page.messages().size());
            next = page.next();
        } while (next.isPresent());

        assertThat(sizes).containsExactly(2, 2, 1);
        assertThat(read).containsExactlyElementsOf(withBob);
    }

    @Test
    void aFullLastPageHasNoCursor() {
        send(alice, bob);
        send(alice, bob);

        HistoryPage page = stores.messages().history(alice.id(), query(Optional.empty(), Optional.empty(), Optional.empty(), 2));

        assertThat(page.messages()).hasSize(2);
        assertThat(page.next()).isEmpty();
    }

    @Test
    void aCursorTheStoreDidNotMakeIsAnInvalidRequestNamingTheCursor() {
        HistoryQuery bad = HistoryQuery.everything().withCursor("not-a-cursor");

        assertThatThrownBy(() -> stores.messages().history(alice.id(), bad))
                .isInstanceOfSatisfying(ParleyException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.INVALID_REQUEST);
                    assertThat(e.detail()).contains("cursor");
                });
    }

    private Message send(User from, User to) {
        return stores.messages().append(MessageDrafts.from(from, to).build()).message();
    }

    private List<Message> read(User user, HistoryQuery query) {
        return stores.messages().history(user.id(), query).messages();
    }

    private static HistoryQuery query(Optional<UserId> with, Optional<ConversationId> conversation, Optional<Seq> afterSeq, int limit) {
        return new HistoryQuery(with, conversation, afterSeq, limit, Optional.empty());
    }
}
