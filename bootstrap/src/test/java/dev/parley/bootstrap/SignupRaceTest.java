package dev.parley.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.bootstrap.support.Fixtures;
import dev.parley.bootstrap.support.Reply;
import dev.parley.bootstrap.support.TestServer;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SignupRaceTest {
    private static final int RACERS = 16;

    @RegisterExtension
    static final TestServer server = new TestServer();

    @Test
    void ofParallelSignupsForOneNameExactlyOneWinsAndTheRestAre409() throws Exception {
        String name = Fixtures.uniqueName("race");
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService racers = Executors.newFixedThreadPool(RACERS);
        try {
            List<Callable<Reply>> signups = IntStream.range(0, RACERS).<Callable<Reply>>mapToObj(i -> () -> {
                start.await();
                String spelling = i % 2 == 0 ? name : name.toUpperCase();
                return server.http().post("/signup", Fixtures.credentials(spelling, "password123"));
            }).toList();
            List<Future<Reply>> replies = signups.stream().map(racers::submit).toList();
            start.countDown();

            List<Integer> statuses = replies.stream().map(SignupRaceTest::join).map(Reply::status).toList();

            assertThat(statuses).filteredOn(status -> status == 201).hasSize(1);
            assertThat(statuses).filteredOn(status -> status == 409).hasSize(RACERS - 1);
        } finally {
            racers.shutdownNow();
        }
    }

    private static Reply join(Future<Reply> reply) {
        try {
            return reply.get();
        } catch (Exception failed) {
            throw new AssertionError(failed);
        }
    }
}
