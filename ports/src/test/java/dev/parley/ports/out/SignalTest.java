package dev.parley.ports.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.ports.model.Message;
import dev.parley.ports.model.Seq;
import dev.parley.ports.model.User;
import dev.parley.ports.out.contract.MessageDrafts;
import dev.parley.ports.out.contract.TestData;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A wake-up may carry the message just stored, and then only one to its recipient. */
class SignalTest {
    private final User alice = TestData.user("alice");
    private final User bob = TestData.user("bob");
    private final Message toBob = MessageDrafts.from(alice, bob).build().numbered(new Seq(1));

    @Test
    void aWakeUpCarryingAMessageIsForItsRecipient() {
        Signal.MessagesWaiting waiting = Signal.MessagesWaiting.of(toBob);

        assertThat(waiting.recipient()).isEqualTo(bob.id());
        assertThat(waiting.appended()).contains(toBob);
        assertThat(new Signal.MessagesWaiting(bob.id()).appended()).isEmpty();
    }

    @Test
    void aWakeUpForOneUserCannotCarryAMessageToAnother() {
        assertThatThrownBy(() -> new Signal.MessagesWaiting(alice.id(), Optional.of(toBob)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(alice.id().value());
    }
}
