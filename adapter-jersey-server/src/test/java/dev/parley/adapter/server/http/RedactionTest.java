package dev.parley.adapter.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RedactionTest {
    @Test
    void theTokenParameterIsRedactedWhereverItStands() {
        assertThat(Redaction.target("/ws", "token=eyJ.abc.def")).isEqualTo("/ws?token=[redacted]");
        assertThat(Redaction.target("/ws", "agents=a,b&token=eyJ.abc.def")).isEqualTo("/ws?agents=a,b&token=[redacted]");
        assertThat(Redaction.target("/ws", "TOKEN=x&agents=a")).isEqualTo("/ws?TOKEN=[redacted]&agents=a");
    }

    @Test
    void otherParametersAndPlainPathsAreKept() {
        assertThat(Redaction.target("/messages", "with=u1&limit=5")).isEqualTo("/messages?with=u1&limit=5");
        assertThat(Redaction.target("/messages", "mytoken=x")).isEqualTo("/messages?mytoken=x");
        assertThat(Redaction.target("/health", null)).isEqualTo("/health");
    }

    @Test
    void theBearerTokenIsReadFromTheAuthorizationHeader() {
        assertThat(BearerAuthentication.bearerToken("Bearer abc")).contains("abc");
        assertThat(BearerAuthentication.bearerToken("bearer abc")).contains("abc");
        assertThat(BearerAuthentication.bearerToken("Basic abc")).isEmpty();
        assertThat(BearerAuthentication.bearerToken("Bearer ")).isEmpty();
        assertThat(BearerAuthentication.bearerToken(null)).isEmpty();
    }
}
