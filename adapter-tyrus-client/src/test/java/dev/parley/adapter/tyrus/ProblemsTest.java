package dev.parley.adapter.tyrus;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.ports.client.ParleyTransportException;
import dev.parley.ports.model.ErrorCode;
import dev.parley.ports.model.ParleyException;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** Every problem the server sends becomes the exception agent code switches on. */
class ProblemsTest {
    @ParameterizedTest
    @EnumSource(ErrorCode.class)
    void everyCodeOfTheContractBecomesThatCodeWithTheServersDetail(ErrorCode code) {
        RuntimeException failure = Problems.fromResponse(statusOf(code), problem(statusOf(code), code.wireName()), Optional.empty());

        assertThat(failure).isInstanceOfSatisfying(ParleyException.class, refusal -> {
            assertThat(refusal.code()).isEqualTo(code);
            assertThat(refusal.detail()).isEqualTo("why " + code.wireName());
        });
    }

    @ParameterizedTest
    @CsvSource({
        "401, session_expired, UNAUTHORIZED",
        "403, blocked, NOT_FRIENDS",
        "404, not_found, INVALID_REQUEST",
        "405, method_not_allowed, INVALID_REQUEST",
        "409, already_invited, INVALID_REQUEST",
        "413, too_many_bytes, PAYLOAD_TOO_LARGE",
        "422, rule_broken, PROTOCOL_VIOLATION",
        "429, slow_down, RATE_LIMITED"})
    void anUnknownCodeIsMappedByStatusAndKeptInTheDetail(int status, String code, ErrorCode expected) {
        RuntimeException failure = Problems.fromResponse(status, problem(status, code), Optional.empty());

        assertThat(failure).isInstanceOfSatisfying(ParleyException.class, refusal -> {
            assertThat(refusal.code()).isEqualTo(expected);
            assertThat(refusal.detail()).isEqualTo(code + ": why " + code);
        });
    }

    @Test
    void aServerFailureOrAnAnswerWithoutAProblemIsATransportFailure() {
        assertThat(Problems.fromResponse(500, problem(500, "internal_error"), Optional.empty()))
                .isInstanceOf(ParleyTransportException.class).hasMessageContaining("HTTP 500");
        assertThat(Problems.fromResponse(404, "<html>no</html>", Optional.empty()))
                .isInstanceOf(ParleyTransportException.class).hasMessageContaining("without a problem document");
        assertThat(Problems.fromResponse(400, "", Optional.empty())).isInstanceOf(ParleyTransportException.class);
    }

    @Test
    void aRateLimitTellsWhenToRetry() {
        RuntimeException failure = Problems.fromResponse(429, problem(429, "rate_limited"), Optional.of("7"));

        assertThat(failure).isInstanceOf(ParleyException.class).hasMessage("why rate_limited (retry after 7 s)");
    }

    private static String problem(int status, String code) {
        return "{\"type\":\"https://parley.dev/problems/" + code + "\",\"title\":\"t\",\"status\":" + status
                + ",\"detail\":\"why " + code + "\",\"code\":\"" + code + "\"}";
    }

    private static int statusOf(ErrorCode code) {
        return switch (code) {
            case INVALID_REQUEST -> 400;
            case UNAUTHORIZED, INVALID_CREDENTIALS -> 401;
            case NOT_FRIENDS -> 403;
            case USER_NOT_FOUND, AGENT_NOT_FOUND, MESSAGE_NOT_FOUND, NO_PENDING_REQUEST -> 404;
            case USERNAME_TAKEN, ALREADY_FRIENDS, AGENT_EXISTS -> 409;
            case PAYLOAD_TOO_LARGE -> 413;
            case PROTOCOL_VIOLATION, CONVERSATION_CLOSED -> 422;
            case RATE_LIMITED -> 429;
        };
    }
}
