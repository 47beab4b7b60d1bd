package dev.parley.adapter.server.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import org.junit.jupiter.api.Test;

class ServerMetricsTest {
    private final ServerMetrics metrics = new ServerMetrics(Clock.systemUTC());

    @Test
    void requestsOfOneMethodRouteAndStatusCountOnOneTimer() {
        metrics.httpRequest("POST", "/message/{friend_id}", 202, 1_000_000);
        metrics.httpRequest("POST", "/message/{friend_id}", 202, 3_000_000);

        assertThat(metrics.scrape())
                .contains("http_server_requests_seconds_count{method=\"POST\",route=\"/message/{friend_id}\",status=\"202\"} 2");
    }

    @Test
    void anotherStatusOrRouteIsAnotherSeries() {
        metrics.httpRequest("POST", "/message/{friend_id}", 202, 1_000_000);
        metrics.httpRequest("POST", "/message/{friend_id}", 403, 1_000_000);
        metrics.httpRequest("GET", "/messages", 200, 1_000_000);

        assertThat(metrics.scrape())
                .contains("route=\"/message/{friend_id}\",status=\"202\"} 1")
                .contains("route=\"/message/{friend_id}\",status=\"403\"} 1")
                .contains("method=\"GET\",route=\"/messages\",status=\"200\"} 1");
    }
}
