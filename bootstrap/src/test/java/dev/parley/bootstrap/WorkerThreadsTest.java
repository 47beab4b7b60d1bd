package dev.parley.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.bootstrap.support.TestServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How many threads handle requests and frames: decided by the store unless configured. */
class WorkerThreadsTest {
    @TempDir
    Path folder;

    @Test
    void onADatabaseSendsGetEnoughThreadsToShareTheirCommits() {
        ServerConfig onSqlite = config().withDatabase("jdbc:sqlite:" + folder.resolve("parley.db"));

        assertThat(ParleyServer.serverSettings(onSqlite).workerThreads()).hasValue(ParleyServer.DATABASE_WORKER_THREADS);
    }

    @Test
    void inMemoryGrizzlysDefaultOfTwiceTheCoresIsKept() {
        assertThat(ParleyServer.serverSettings(config()).workerThreads())
                .hasValue(2 * Runtime.getRuntime().availableProcessors());
    }

    @Test
    void aConfiguredCountIsKeptOnEveryStore() {
        ServerConfig configured = config().withServer(config().server().withWorkerThreads(5));

        assertThat(ParleyServer.serverSettings(configured).workerThreads()).hasValue(5);
        assertThat(ParleyServer.serverSettings(configured.withDatabase("jdbc:sqlite:" + folder.resolve("p.db"))).workerThreads())
                .hasValue(5);
    }

    @Test
    void aCountOutsideOneToTheMaximumIsRefused() {
        assertThatThrownBy(() -> config().server().withWorkerThreads(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("worker threads");
        assertThatThrownBy(() -> config().server().withWorkerThreads(dev.parley.adapter.server.ServerSettings.MAX_WORKER_THREADS + 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theServerRunsTheConfiguredWorkerPool() throws IOException {
        ServerConfig configured = config().withServer(config().server().withWorkerThreads(3));
        ParleyServer server = ParleyServer.create(configured);
        server.start();
        try {
            assertThat(workerThreadsAlive()).isEqualTo(3);
        } finally {
            server.stop();
        }
    }

    @Test
    void theCommandLineFlagSetsTheCount() {
        ParleyMain main = new ParleyMain();
        new picocli.CommandLine(main).parseArgs("--worker-threads", "12");

        assertThat(main.config().server().workerThreads()).isEqualTo(OptionalInt.of(12));
    }

    private ServerConfig config() {
        return TestServer.config(folder.resolve("jwt.key"));
    }

    private static long workerThreadsAlive() {
        return Thread.getAllStackTraces().keySet().stream().filter(thread -> thread.getName().startsWith("parley-worker")).count();
    }
}
