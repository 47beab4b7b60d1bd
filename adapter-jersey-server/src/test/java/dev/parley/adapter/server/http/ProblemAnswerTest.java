package dev.parley.adapter.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.adapter.server.limits.RateLimitedException;
import dev.parley.ports.model.ErrorCode;
import dev.parley.ports.model.ParleyException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ProblemAnswerTest {
    @Test
    void anUnauthorizedRefusalAsksForABearerToken() {
        ProblemAnswer answer = ProblemAnswer.of(new ParleyException(ErrorCode.UNAUTHORIZED, "login ended"));

        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.headers()).containsEntry("WWW-Authenticate", "Bearer");
    }

    @Test
    void aRateLimitSaysWhenToRetry() {
        ProblemAnswer answer = ProblemAnswer.of(new RateLimitedException("too many", Duration.ofMillis(2_100)));

        assertThat(answer.status()).isEqualTo(429);
        assertThat(answer.headers()).containsEntry("Retry-After", "3");
    }

    @Test
    void theBodyIsTheProblemDocumentWithItsCode() {
        String body = new String(ProblemAnswer.of(ParleyException.invalid("type", "must be a string")).body(), StandardCharsets.UTF_8);

        assertThat(body).isEqualTo("{\"type\":\"https://parley.dev/problems/invalid_request\",\"title\":\"Invalid request\","
                + "\"status\":400,\"detail\":\"type: must be a string\",\"code\":\"invalid_request\"}");
    }

    @Test
    void httpRefusalsWithoutADomainCodeGetTheirOwn() {
        assertThat(ProblemAnswer.ofStatus(405).problem().code()).isEqualTo("method_not_allowed");
        assertThat(ProblemAnswer.ofStatus(404).problem().code()).isEqualTo("not_found");
        assertThat(ProblemAnswer.ofStatus(405).with("Allow", "POST").headers()).containsEntry("Allow", "POST");
    }
}
