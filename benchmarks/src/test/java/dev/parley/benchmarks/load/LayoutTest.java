package dev.parley.benchmarks.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LayoutTest {
    @Test
    void postgresIsOneNodeOnADatabaseTheGeneratorStartsApart() {
        Layout layout = Layout.of("postgres");
        assertThat(layout.sharedPostgres()).isTrue();
        assertThat(layout.nodes()).isEqualTo(1);
        assertThat(layout.nodeName(0)).isEqualTo("node");
    }

    @Test
    void postgresTwoNodesIsTwoNamedNodesOnOneDatabase() {
        Layout layout = Layout.of("postgres-2nodes");
        assertThat(layout.sharedPostgres()).isTrue();
        assertThat(layout.nodes()).isEqualTo(2);
        assertThat(layout.nodeName(0)).isEqualTo("node A");
        assertThat(layout.nodeName(1)).isEqualTo("node B");
    }

    @Test
    void anyOtherNameIsOneServerGivenThatNameAsItsStore() {
        assertThat(Layout.of("relay")).isEqualTo(new Layout("relay", "relay", false, 1));
        assertThat(Layout.of("jdbc:sqlite:/tmp/x.db").store()).isEqualTo("jdbc:sqlite:/tmp/x.db");
        assertThat(Layout.of("postgres-12nodes").sharedPostgres()).isFalse();
    }

    @Test
    void severalNodesNeedASharedPostgres() {
        assertThatThrownBy(() -> new Layout("mem", "mem", false, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Layout.of("postgres-0nodes")).isInstanceOf(IllegalArgumentException.class);
    }
}
