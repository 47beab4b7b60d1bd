package dev.parley.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.bootstrap.support.Account;
import dev.parley.bootstrap.support.Fixtures;
import dev.parley.bootstrap.support.Reply;
import dev.parley.bootstrap.support.TestServer;
import dev.parley.bootstrap.support.WsConnection;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Several senders at once to one recipient on SQLite: over REST from many threads the seqs are 1..n, each once; over
 * one WebSocket, sends made without waiting keep their frame order.
 */
class ConcurrentSendersTest {
    private static final int SENDERS = 4;
    private static final int THREADS = 8;
    private static final int PER_THREAD = 25;

    @RegisterExtension
    static final TestServer server = TestServer.onSqlite();

    @Test
    void seqsHaveNoGapsAndNoDuplicatesAndArriveInOrder() throws Exception {
        Fixtures given = server.fixtures();
        Account recipient = given.user("busy");
        given.agent(recipient, "inbox");
        List<Account> senders = new ArrayList<>();
        for (int i = 0; i < SENDERS; i++) {
            Account sender = given.user("sender");
            given.befriend(sender, recipient);
            senders.add(sender);
        }

        List<Long> seqs = sendAtOnce(senders, recipient);

        int total = THREADS * PER_THREAD;
        assertThat(seqs).hasSize(total).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(LongStream.rangeClosed(1, total).boxed().toList());
        WsConnection recipients = server.ws().connect(recipient.token());
        List<Long> delivered = new ArrayList<>();
        for (int i = 0; i < total; i++) {
            delivered.add(recipients.take("message").get("message").get("seq").asLong());
        }
        assertThat(delivered).isSorted().containsExactlyElementsOf(LongStream.rangeClosed(1, total).boxed().toList());
        recipients.close();
    }

    @Test
    void sendsOneConnectionMakesWithoutWaitingAreStoredAnsweredAndDeliveredInFrameOrder() {
        Fixtures given = server.fixtures();
        Account sender = given.user("eager");
        Account recipient = given.user("reader");
        given.agent(recipient, "inbox");
        given.befriend(sender, recipient);
        WsConnection recipients = server.ws().connect(recipient.token()).ready();
        WsConnection senders = server.ws().connect(sender.token()).ready();
        int total = THREADS * PER_THREAD;

        for (int n = 0; n < total; n++) {
            senders.send("{\"action\":\"send\",\"ref\":\"r" + n + "\",\"to\":\"" + recipient.id()
                    + "\",\"type\":\"INFORMATION\",\"recipient_agent\":\"inbox\",\"content\":{\"n\":" + n + "}}");
        }

        List<Long> expected = LongStream.rangeClosed(1, total).boxed().toList();
        List<Long> seqOfEachRef = new ArrayList<>();
        for (int n = 0; n < total; n++) {
            int ref = n;
            JsonNode sent = senders.take(frame -> "sent".equals(frame.path("event").asText())
                    && ("r" + ref).equals(frame.path("ref").asText()), "sent r" + ref);
            seqOfEachRef.add(sent.get("message").get("seq").asLong());
        }
        assertThat(seqOfEachRef).as("the seq of r0, r1, …").isEqualTo(expected);
        List<Long> contentOrder = new ArrayList<>();
        for (int n = 0; n < total; n++) {
            JsonNode message = recipients.take("message").get("message");
            assertThat(message.get("seq").asLong()).isEqualTo(n + 1);
            contentOrder.add(message.get("content").get("n").asLong());
        }
        assertThat(contentOrder).isEqualTo(LongStream.range(0, total).boxed().toList());
        senders.close();
        recipients.close();
    }

    @Test
    void aConnectionsSendsToSeveralRecipientsAreAnsweredInFrameOrderRefusalsIncluded() {
        Fixtures given = server.fixtures();
        Account sender = given.user("fanout");
        List<Account> recipients = List.of(given.user("first"), given.user("second"), given.user("third"));
        for (Account recipient : recipients) {
            given.agent(recipient, "inbox");
            given.befriend(sender, recipient);
        }
        WsConnection senders = server.ws().connect(sender.token()).ready();
        int total = THREADS * PER_THREAD;
        int refused = total / 2;

        for (int n = 0; n < total; n++) {
            String agent = n == refused ? "nobody" : "inbox";
            senders.send("{\"action\":\"send\",\"ref\":\"r" + n + "\",\"to\":\"" + recipients.get(n % recipients.size()).id()
                    + "\",\"type\":\"INFORMATION\",\"recipient_agent\":\"" + agent + "\",\"content\":{\"n\":" + n + "}}");
        }

        List<String> answers = new ArrayList<>();
        for (int n = 0; n < total; n++) {
            JsonNode answer = senders.take(frame -> List.of("sent", "error").contains(frame.path("event").asText()), "answer " + n);
            answers.add(answer.path("event").asText() + " " + answer.path("ref").asText());
        }
        assertThat(answers).isEqualTo(LongStream.range(0, total)
                .mapToObj(n -> (n == refused ? "error r" : "sent r") + n).toList());
        senders.close();
    }

    /** Every thread sends {@link #PER_THREAD} messages as one of the senders; answers the seqs of the 202s. */
    private static List<Long> sendAtOnce(List<Account> senders, Account recipient) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(THREADS);
        try {
            List<Callable<List<Long>>> work = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                Account sender = senders.get(t % SENDERS);
                work.add(() -> send(sender, recipient));
            }
            List<Long> seqs = new ArrayList<>();
            for (Future<List<Long>> done : threads.invokeAll(work)) {
                seqs.addAll(done.get());
            }
            return seqs;
        } finally {
            threads.shutdownNow();
        }
    }

    private static List<Long> send(Account sender, Account recipient) {
        List<Long> seqs = new ArrayList<>();
        for (int i = 0; i < PER_THREAD; i++) {
            Reply sent = server.http().post("/message/" + recipient.id(),
                    "{\"type\":\"INFORMATION\",\"recipient_agent\":\"inbox\",\"content\":{\"n\":" + i + "}}", sender.token());
            assertThat(sent.status()).as(sent.toString()).isEqualTo(202);
            seqs.add(sent.json().get("seq").asLong());
        }
        return seqs;
    }
}
