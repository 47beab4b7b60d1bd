package dev.parley.adapter.pgcluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ClusterSettingsTest {
    @Test
    void aLeaseIsRenewedEveryThirdOfIt() {
        ClusterSettings settings = ClusterSettings.defaults("web-1").withLease(Duration.ofSeconds(6));

        assertThat(settings.heartbeat()).isEqualTo(Duration.ofSeconds(2));
        assertThat(settings.journalRetention()).isGreaterThan(settings.lease());
    }

    @Test
    void aJournalShorterThanALongLeaseGrowsWithIt() {
        ClusterSettings settings = ClusterSettings.defaults("web-1").withLease(Duration.ofMinutes(30));

        assertThat(settings.journalRetention()).isGreaterThan(Duration.ofMinutes(30));
    }

    @Test
    void randomNodeIdsAreValidAndDiffer() {
        String one = ClusterSettings.randomNodeId();

        assertThat(ClusterSettings.defaults(one).nodeId()).isEqualTo(one);
        assertThat(ClusterSettings.randomNodeId()).isNotEqualTo(one);
    }

    @Test
    void aNodeIdWithSpacesOrQuotesIsRefused() {
        assertThatThrownBy(() -> ClusterSettings.defaults("web 1")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("node id");
        assertThatThrownBy(() -> ClusterSettings.defaults("web'1")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ClusterSettings.defaults("")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aLeaseTooShortToRenewIsRefused() {
        assertThatThrownBy(() -> ClusterSettings.defaults("web-1").withLease(Duration.ofNanos(2)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("heartbeat");
    }
}
