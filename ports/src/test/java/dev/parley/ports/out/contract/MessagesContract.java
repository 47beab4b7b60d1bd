package dev.parley.ports.out.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.ports.model.Appended;
import dev.parley.ports.model.ConversationId;
import dev.parley.ports.model.IdempotencyKey;
import dev.parley.ports.model.Message;
import dev.parley.ports.model.MessageType;
import dev.parley.ports.model.NewMessage;
import dev.parley.ports.model.Seq;
import dev.parley.ports.model.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link dev.parley.ports.out.Messages} store does on append and lookup. */
public abstract class MessagesContract extends StoreContract {
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
    void eachRecipientsMessagesAreNumberedFromOne() {
        assertThat(seqOf(MessageDrafts.from(alice, bob))).isEqualTo(new Seq(1));
        assertThat(seqOf(MessageDrafts.from(carol, bob))).isEqualTo(new Seq(2));
        assertThat(seqOf(MessageDrafts.from(alice, carol))).isEqualTo(new Seq(1));
        assertThat(seqOf(MessageDrafts.from(alice, bob))).isEqualTo(new Seq(3));
    }

    @Test
    void anAppendedMessageIsFoundByIdWithEveryField() {
        NewMessage draft = MessageDrafts.from(alice, bob).toAgent("helper").text("hi bob").build();

        Appended appended = stores.messages().append(draft);

        assertThat(appended.created()).isTrue();
        assertThat(appended.message()).isEqualTo(draft.numbered(new Seq(1)));
        assertThat(stores.messages().byId(draft.id())).contains(appended.message());
    }

    @Test
    void repeatingAnIdempotencyKeyStoresNothingAndAnswersTheFirstMessage() {
        Message first = stores.messages().append(MessageDrafts.from(alice, bob).key("k-1").build()).message();
        NewMessage repeat = MessageDrafts.from(alice, bob).key("k-1").text("again").build();

        Appended again = stores.messages().append(repeat);

        assertThat(again.created()).isFalse();
        assertThat(again.message()).isEqualTo(first);
        assertThat(stores.messages().byId(repeat.id())).isEmpty();
        assertThat(stores.messages().byIdempotencyKey(alice.id(), new IdempotencyKey("k-1"))).contains(first);
        assertThat(seqOf(MessageDrafts.from(alice, bob))).isEqualTo(new Seq(2));
    }

    @Test
    void repeatingAnIdempotencyKeyToAnotherRecipientStoresNothingForThatRecipient() {
        Message first = stores.messages().append(MessageDrafts.from(alice, bob).key("k-2").build()).message();

        Appended again = stores.messages().append(MessageDrafts.from(alice, carol).key("k-2").build());

        assertThat(again.created()).isFalse();
        assertThat(again.message()).isEqualTo(first);
        assertThat(seqOf(MessageDrafts.from(alice, carol))).isEqualTo(new Seq(1));
    }

    @Test
    void idempotencyKeysBelongToTheirSender() {
        stores.messages().append(MessageDrafts.from(alice, bob).key("shared").build());

        assertThat(stores.messages().append(MessageDrafts.from(carol, bob).key("shared").build()).created()).isTrue();
        assertThat(stores.messages().byIdempotencyKey(bob.id(), new IdempotencyKey("shared"))).isEmpty();
    }

    @Test
    void aConversationEndsOnlyWithAnEndMessage() {
        ConversationId conversation = new ConversationId(TestData.id());
        Message query = stores.messages().append(MessageDrafts.from(alice, bob).type(MessageType.QUERY).in(conversation).build()).message();
        Message answer = stores.messages().append(MessageDrafts.from(bob, alice).type(MessageType.INFORMATION).in(conversation).replyTo(query.id()).build()).message();
        assertThat(stores.messages().conversationEnded(conversation)).isFalse();

        stores.messages().append(MessageDrafts.from(alice, bob).type(MessageType.END).in(conversation).replyTo(answer.id()).build());

        assertThat(stores.messages().conversationEnded(conversation)).isTrue();
        assertThat(stores.messages().conversationEnded(new ConversationId(TestData.id()))).isFalse();
    }

    private Seq seqOf(MessageDrafts draft) {
        return stores.messages().append(draft.build()).message().seq();
    }
}
