package dev.parley.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.adapter.pgcluster.ClusterSettings;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The command line's {@code --node-id} and {@code --node-lease}. */
class NodeOptionsTest {
    @Test
    void theNodeIdAndLeaseGivenAreTheOnesUsed() {
        ClusterSettings node = node("--node-id", "web-1", "--node-lease", "6s");

        assertThat(node.nodeId()).isEqualTo("web-1");
        assertThat(node.lease()).isEqualTo(Duration.ofSeconds(6));
        assertThat(node.heartbeat()).isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void withoutANodeIdEachStartPicksADifferentOne() {
        assertThat(node().nodeId()).startsWith("node-").isNotEqualTo(node().nodeId());
        assertThat(node().lease()).isEqualTo(Duration.ofSeconds(15));
    }

    @Test
    void anInvalidNodeIdStopsTheServerBeforeItStarts() {
        int status = new CommandLine(new ParleyMain()).execute("--db", "mem", "--port", "0", "--node-id", "web 1");

        assertThat(status).isEqualTo(2);
    }

    private static ClusterSettings node(String... arguments) {
        ParleyMain main = new ParleyMain();
        new CommandLine(main).parseArgs(arguments);
        return main.node();
    }
}
