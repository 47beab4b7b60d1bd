package dev.parley.adapter.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RedactedTest {
    @Test
    void credentialsInTheQueryStringOrUserInfoAreLeftOut() {
        assertThat(Redacted.url("jdbc:postgresql://db:5432/parley?user=app&password=s3cret"))
                .isEqualTo("jdbc:postgresql://db:5432/parley");
        assertThat(Redacted.url("jdbc:postgresql://app:s3cret@db/parley")).isEqualTo("jdbc:postgresql://db/parley");
    }

    @Test
    void aSqliteFileKeepsItsPath() {
        assertThat(Redacted.url("jdbc:sqlite:./data/parley.db")).isEqualTo("jdbc:sqlite:./data/parley.db");
    }
}
