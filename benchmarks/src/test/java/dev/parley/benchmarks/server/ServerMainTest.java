package dev.parley.benchmarks.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ServerMainTest {
    @Test
    void aNamedOptionIsTheWordAfterIt() {
        List<String> options = List.of("--node-id", "bench-node-A", "--jwt-key-file", "/tmp/k");
        assertThat(ServerMain.named(options, "--node-id")).contains("bench-node-A");
        assertThat(ServerMain.named(options, "--jwt-key-file")).contains("/tmp/k");
    }

    @Test
    void anAbsentOptionIsEmpty() {
        assertThat(ServerMain.named(List.of(), "--node-id")).isEmpty();
    }

    @Test
    void anOptionWithoutItsValueIsRefused() {
        assertThatThrownBy(() -> ServerMain.named(List.of("--node-id"), "--node-id"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--node-id");
    }
}
