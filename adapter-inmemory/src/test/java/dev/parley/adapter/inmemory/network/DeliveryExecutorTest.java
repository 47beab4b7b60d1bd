package dev.parley.adapter.inmemory.network;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.adapter.inmemory.InMemoryNetwork;
import dev.parley.adapter.inmemory.ManualExecutor;
import dev.parley.ports.client.ClientEvent;
import dev.parley.ports.client.StreamListener;
import dev.parley.ports.model.AgentSelection;
import dev.parley.ports.model.Message;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class DeliveryExecutorTest {
    private final ManualExecutor executor = new ManualExecutor();
    private final TwoFriends friends = new TwoFriends(InMemoryNetwork.builder().deliveryExecutor(executor).build());

    @Test
    void listenersRunOnlyWhenTheTestRunsTheExecutor() {
        friends.connectBob();
        Message first = friends.aliceSends("one");
        Message second = friends.aliceSends("two");
        assertThat(friends.bobHears.messages()).isEmpty();

        assertThat(executor.runNext()).isTrue();
        assertThat(friends.bobHears.messages()).containsExactly(first);

        assertThat(executor.runAll()).isEqualTo(1);
        assertThat(friends.bobHears.messages()).containsExactly(first, second);
        assertThat(executor.runNext()).isFalse();
    }

    @Test
    void pendingMessagesWaitForTheExecutorToo() {
        Message waiting = friends.aliceSends("waiting");
        friends.connectBob();
        assertThat(friends.bobHears.messages()).isEmpty();

        executor.runAll();

        assertThat(friends.bobHears.messages()).containsExactly(waiting);
    }

    @Test
    void byDefaultListenersRunBeforeTheSendReturns() {
        TwoFriends synchronous = new TwoFriends(InMemoryNetwork.create());
        synchronous.connectBob();

        Message sent = synchronous.aliceSends("now");

        assertThat(synchronous.bobHears.messages()).containsExactly(sent);
    }

    @Test
    void aListenerThatThrowsIsRecordedAndLaterEventsStillArrive() {
        List<Message> heard = new CopyOnWriteArrayList<>();
        friends.bob.connect(AgentSelection.all(), new StreamListener() {
            @Override
            public void onEvent(ClientEvent event) {
                Message message = ((ClientEvent.MessageReceived) event).message();
                heard.add(message);
                if (heard.size() == 1) {
                    throw new IllegalStateException("agent bug");
                }
            }
        }).join();
        friends.aliceSends("boom");
        Message after = friends.aliceSends("after");

        executor.runAll();

        assertThat(heard).last().isEqualTo(after);
        assertThat(friends.network.listenerFailures()).singleElement()
                .satisfies(failure -> assertThat(failure).hasMessage("agent bug"));
    }
}
