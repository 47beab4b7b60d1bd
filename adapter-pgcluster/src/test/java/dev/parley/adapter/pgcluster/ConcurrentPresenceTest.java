package dev.parley.adapter.pgcluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.ports.model.AgentSelection;
import dev.parley.ports.model.UserId;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Two nodes opening and closing one user's sessions at the same moment: one first open, one last close. */
class ConcurrentPresenceTest {
    @RegisterExtension
    static final ClusterDatabase database = new ClusterDatabase();

    private static final int ROUNDS = 30;
    private final ExecutorService threads = Executors.newFixedThreadPool(2);

    @AfterEach
    void stopThreads() {
        threads.shutdownNow();
    }

    @Test
    void ofTwoSimultaneousOpensExactlyOneTakesTheUserOnline() throws Exception {
        PostgresCluster a = database.join("con-a");
        PostgresCluster b = database.join("con-b");
        for (int round = 0; round < ROUNDS; round++) {
            UserId user = new UserId("user-open-" + round);
            String key = "r" + round;

            List<Boolean> wentOnline = together(() -> a.presence().sessionOpened(user, key + "-a", AgentSelection.all()),
                    () -> b.presence().sessionOpened(user, key + "-b", AgentSelection.all()));

            assertThat(wentOnline).as("round " + round).containsExactlyInAnyOrder(true, false);
        }
    }

    @Test
    void ofTwoSimultaneousClosesExactlyOneTakesTheUserOffline() throws Exception {
        PostgresCluster a = database.join("con-a");
        PostgresCluster b = database.join("con-b");
        for (int round = 0; round < ROUNDS; round++) {
            UserId user = new UserId("user-close-" + round);
            String key = "r" + round;
            a.presence().sessionOpened(user, key + "-a", AgentSelection.all());
            b.presence().sessionOpened(user, key + "-b", AgentSelection.all());

            List<Boolean> wentOffline = together(() -> a.presence().sessionClosed(user, key + "-a"),
                    () -> b.presence().sessionClosed(user, key + "-b"));

            assertThat(wentOffline).as("round " + round).containsExactlyInAnyOrder(true, false);
        }
    }

    private List<Boolean> together(Callable<Boolean> one, Callable<Boolean> other) throws Exception {
        CyclicBarrier start = new CyclicBarrier(2);
        Future<Boolean> first = threads.submit(() -> {
            start.await();
            return one.call();
        });
        Future<Boolean> second = threads.submit(() -> {
            start.await();
            return other.call();
        });
        return List.of(first.get(), second.get());
    }
}
