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

    @Test
    void pagesOfOneTwoOrThreeGiveEverySentReceivedAndSelfSentMessageOnceInStoreOrder() {
        List<Message> alicesHistory = mixedHistory(List.of(new ConversationId(TestData.id())));

        for (int size = 1; size <= 3; size++) {
            assertThat(allPages(alice, query(Optional.empty(), Optional.empty(), Optional.empty(), size)))
                    .as("pages of %d", size)
                    .containsExactlyElementsOf(alicesHistory);
        }
    }

    @Test
    void filteredPagesGiveWhatOneFilteredPageGives() {
        List<ConversationId> conversations = List.of(new ConversationId(TestData.id()), new ConversationId(TestData.id()));
        mixedHistory(conversations);
        List<HistoryQuery> filters = List.of(
                query(Optional.of(bob.id()), Optional.empty(), Optional.empty(), HistoryQuery.MAX_LIMIT),
                query(Optional.of(carol.id()), Optional.empty(), Optional.empty(), HistoryQuery.MAX_LIMIT),
                query(Optional.empty(), Optional.of(conversations.get(1)), Optional.empty(), HistoryQuery.MAX_LIMIT),
                query(Optional.empty(), Optional.empty(), Optional.of(new Seq(2)), HistoryQuery.MAX_LIMIT),
                query(Optional.of(bob.id()), Optional.of(conversations.get(1)), Optional.of(new Seq(1)), HistoryQuery.MAX_LIMIT));

        for (HistoryQuery filter : filters) {
            List<Message> whole = read(alice, filter);
            assertThat(whole).as("%s", filter).isNotEmpty();
            for (int size = 1; size <= 3; size++) {
                HistoryQuery paged = new HistoryQuery(filter.with(), filter.conversationId(), filter.afterSeq(), size, Optional.empty());
                assertThat(allPages(alice, paged)).as("%s in pages of %d", filter, size).containsExactlyElementsOf(whole);
            }
        }
    }

    /**
     * Messages among the three users, alice's own to herself among them, runs of her sending and of her receiving in
     * turn, across the conversations given; answers alice's history.
     */
    private List<Message> mixedHistory(List<ConversationId> conversations) {
        List<User[]> pairs = List.of(
                new User[] {alice, bob}, new User[] {bob, alice}, new User[] {alice, alice}, new User[] {carol, alice},
                new User[] {alice, bob}, new User[] {alice, bob}, new User[] {alice, bob}, new User[] {bob, carol},
                new User[] {carol, alice}, new User[] {carol, alice}, new User[] {carol, alice}, new User[] {alice, alice},
                new User[] {alice, carol}, new User[] {bob, alice}, new User[] {alice, alice}, new User[] {carol, bob});
        List<Message> alicesHistory = new ArrayList<>();
        for (int i = 0; i < pairs.size(); i++) {
            User from = pairs.get(i)[0];
            User to = pairs.get(i)[1];
            ConversationId conversation = conversations.get(i % conversations.size());
            Message message = stores.messages().append(MessageDrafts.from(from, to).in(conversation).build()).message();
            if (message.involves(alice.id())) {
                alicesHistory.add(message);
            }
        }
        return alicesHistory;
    }

    /** Every page of a query, from the first on, following each page's cursor. */
    private List<Message> allPages(User user, HistoryQuery firstPage) {
        List<Message> read = new ArrayList<>();
        Optional<String> next = Optional.empty();
        do {
            HistoryPage page = stores.messages().history(user.id(), next.map(firstPage::withCursor).orElse(firstPage));
            assertThat(page.messages()).hasSizeLessThanOrEqualTo(firstPage.limit());
            read.addAll(page.messages());
            next = page.next();
        } while (next.isPresent());
        return read;
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
