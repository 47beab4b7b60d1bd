package dev.parley.adapter.server.rest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AcceptsJsonTest {
    @Test
    void noHeaderAndRangesCoveringJsonAccept() {
        assertThat(AcceptsJson.of(null)).isTrue();
        assertThat(AcceptsJson.of("")).isTrue();
        assertThat(AcceptsJson.of("*/*")).isTrue();
        assertThat(AcceptsJson.of("application/*")).isTrue();
        assertThat(AcceptsJson.of("text/html, Application/JSON;q=0.5")).isTrue();
    }

    @Test
    void rangesWithoutJsonOrWithQualityZeroRefuse() {
        assertThat(AcceptsJson.of("text/html")).isFalse();
        assertThat(AcceptsJson.of("application/xml, text/plain")).isFalse();
        assertThat(AcceptsJson.of("application/json;q=0")).isFalse();
        assertThat(AcceptsJson.of("*/*; q=0.0")).isFalse();
    }
}
