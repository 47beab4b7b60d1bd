package dev.parley.adapter.inmemory.network;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.adapter.inmemory.InMemoryNetwork;
import dev.parley.ports.client.MessageStream;
import dev.parley.ports.client.contract.RecordingListener;
import dev.parley.ports.model.AgentSelection;
import dev.parley.ports.model.Message;
import dev.parley.ports.model.Seq;
import org.junit.jupiter.api.Test;

class DeliveryFaultsTest {
    private final TwoFriends friends = new TwoFriends(InMemoryNetwork.create());

    @Test
    void aDroppedDeliveryIsNotHeardAndComesAgainOnResume() {
        MessageStream stream = friends.connectBob();
        friends.network.faults(friends.bobName).dropNext(1);

        Message lost = friends.aliceSends("lost");
        Message next = friends.aliceSends("next");
        assertThat(friends.bobHears.messages()).containsExactly(next);

        stream.resume(Seq.ZERO).join();
        assertThat(friends.bobHears.messages()).containsExactly(next, lost, next);
    }

    @Test
    void aDroppedDeliveryComesAgainOnReconnect() {
        MessageStream stream = friends.connectBob();
        friends.network.faults(friends.bobName).dropNext(1);
        Message lost = friends.aliceSends("lost");
        stream.close();

        RecordingListener again = new RecordingListener();
        friends.bob.connect(AgentSelection.all(), again).join();

        assertThat(again.messages()).containsExactly(lost);
    }

    @Test
    void aDuplicatedDeliveryArrivesTwiceWithTheSameIdAndSeq() {
        friends.connectBob();
        friends.network.faults(friends.bobName).duplicateNext(1);

        Message twice = friends.aliceSends("twice");
        Message once = friends.aliceSends("once");

        assertThat(friends.bobHears.messages()).containsExactly(twice, twice, once);
    }

    @Test
    void aDelayedDeliveryIsHeldUntilReleasedAndLaterOnesOvertakeIt() {
        friends.connectBob();
        friends.network.faults(friends.bobName).delayNext(1);

        Message late = friends.aliceSends("late");
        Message early = friends.aliceSends("early");
        assertThat(friends.bobHears.messages()).containsExactly(early);
        assertThat(friends.network.faults(friends.bobName).delayedCount()).isEqualTo(1);

        assertThat(friends.network.releaseDelayed()).isEqualTo(1);
        assertThat(friends.bobHears.messages()).containsExactly(early, late);
    }

    @Test
    void aDelayedDeliveryToAClosedStreamIsNotHeardButStaysPending() {
        MessageStream stream = friends.connectBob();
        friends.network.faults(friends.bobName).delayNext(1);
        Message late = friends.aliceSends("late");
        stream.close();

        friends.network.releaseDelayed();
        RecordingListener again = new RecordingListener();
        friends.bob.connect(AgentSelection.all(), again).join();

        assertThat(friends.bobHears.messages()).isEmpty();
        assertThat(again.messages()).containsExactly(late);
    }

    @Test
    void faultsTouchOnlyTheNamedUser() {
        friends.connectBob();
        friends.network.faults("someone_else").dropNext(5);

        Message heard = friends.aliceSends("heard");

        assertThat(friends.bobHears.messages()).containsExactly(heard);
    }
}
