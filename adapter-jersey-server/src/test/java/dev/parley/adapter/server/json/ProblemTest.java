package dev.parley.adapter.server.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.ports.model.ErrorCode;
import org.junit.jupiter.api.Test;

class ProblemTest {
    @Test
    void everyCodeHasTheStatusOfTheContractTable() {
        assertThat(Problem.status(ErrorCode.INVALID_REQUEST)).isEqualTo(400);
        assertThat(Problem.status(ErrorCode.UNAUTHORIZED)).isEqualTo(401);
        assertThat(Problem.status(ErrorCode.INVALID_CREDENTIALS)).isEqualTo(401);
        assertThat(Problem.status(ErrorCode.NOT_FRIENDS)).isEqualTo(403);
        assertThat(Problem.status(ErrorCode.USER_NOT_FOUND)).isEqualTo(404);
        assertThat(Problem.status(ErrorCode.AGENT_NOT_FOUND)).isEqualTo(404);
        assertThat(Problem.status(ErrorCode.MESSAGE_NOT_FOUND)).isEqualTo(404);
        assertThat(Problem.status(ErrorCode.NO_PENDING_REQUEST)).isEqualTo(404);
        assertThat(Problem.status(ErrorCode.USERNAME_TAKEN)).isEqualTo(409);
        assertThat(Problem.status(ErrorCode.ALREADY_FRIENDS)).isEqualTo(409);
        assertThat(Problem.status(ErrorCode.AGENT_EXISTS)).isEqualTo(409);
        assertThat(Problem.status(ErrorCode.PAYLOAD_TOO_LARGE)).isEqualTo(413);
        assertThat(Problem.status(ErrorCode.PROTOCOL_VIOLATION)).isEqualTo(422);
        assertThat(Problem.status(ErrorCode.CONVERSATION_CLOSED)).isEqualTo(422);
        assertThat(Problem.status(ErrorCode.RATE_LIMITED)).isEqualTo(429);
    }

    @Test
    void aProblemCarriesItsCodeATitleAndATypeUri() {
        Problem problem = Problem.of(ErrorCode.USER_NOT_FOUND, "username: no such user");

        assertThat(problem.code()).isEqualTo("user_not_found");
        assertThat(problem.title()).isEqualTo("User not found");
        assertThat(problem.type()).isEqualTo("https://parley.dev/problems/user_not_found");
        assertThat(problem.status()).isEqualTo(404);
        assertThat(problem.detail()).isEqualTo("username: no such user");
    }
}
