package dev.parley.bootstrap.multinode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.parley.bootstrap.support.Account;
import dev.parley.bootstrap.support.Fixtures;
import dev.parley.bootstrap.support.WsConnection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A third node is killed with SIGKILL while two senders, on the other two nodes, keep writing to a recipient connected
 * to it. The recipient reconnects to a surviving node and gets every accepted message it had not acknowledged, in seq
 * order, and nothing it had.
 */
class KilledNodeTest extends TwoNodes {
    private static final int BEFORE_KILL = 15;
    private static final int AFTER_KILL = 15;

    @Test
    void aRecipientWhoseNodeWasKilledGetsEveryAcceptedMessageFromAnotherNodeInSeqOrder() throws Exception {
        Fixtures given = a.fixtures();
        Account alice = given.user("alice");
        Account carol = given.user("carol");
        Account bob = given.user("bob");
        given.agent(bob, "inbox");
        given.befriend(alice, bob);
        given.befriend(carol, bob);
        Node c = startNode("node-c", LEASE);
        WsConnection onC = c.ws().connect(bob.token());
        Sender fromA = Sender.start(a, alice, bob, "inbox");
        Sender fromB = Sender.start(b, carol, bob, "inbox");

        List<Long> acknowledged = receiveAndAcknowledge(onC, BEFORE_KILL);
        c.kill();
        int acceptedAtKill = fromA.count() + fromB.count();
        await().atMost(Duration.ofSeconds(60)).until(() -> fromA.count() + fromB.count() >= acceptedAtKill + AFTER_KILL);
        List<Long> accepted = Stream.concat(fromA.stop().stream(), fromB.stop().stream()).sorted().toList();

        long last = acknowledged.get(acknowledged.size() - 1);
        List<Long> expected = accepted.stream().filter(seq -> seq > last).toList();
        WsConnection onB = b.ws().connect(bob.token());
        List<Long> redelivered = new ArrayList<>();
        for (int i = 0; i < expected.size(); i++) {
            redelivered.add(onB.take("message").get("message").get("seq").asLong());
        }

        assertThat(accepted).as("seq has no gap and no repeat under senders on two nodes")
                .containsExactlyElementsOf(LongStream.rangeClosed(1, accepted.size()).boxed().toList());
        assertThat(acknowledged).as("what bob received and acknowledged on c").containsExactlyElementsOf(
                LongStream.rangeClosed(1, BEFORE_KILL).boxed().toList());
        assertThat(redelivered).as("the rest, in order, on b").containsExactlyElementsOf(expected);
        assertThat(onB.messagesSoFar()).as("nothing twice").isEmpty();
    }

    /** Takes {@code count} messages, acknowledging each and waiting (ping, pong) until the node has handled the ack. */
    private static List<Long> receiveAndAcknowledge(WsConnection connection, int count) {
        List<Long> seqs = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            long seq = connection.take("message").get("message").get("seq").asLong();
            connection.send("{\"action\":\"ack\",\"seq\":" + seq + "}");
            connection.ready();
            seqs.add(seq);
        }
        return seqs;
    }
}
