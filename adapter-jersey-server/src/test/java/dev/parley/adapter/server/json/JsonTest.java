package dev.parley.adapter.server.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.ports.model.ErrorCode;
import dev.parley.ports.model.ParleyException;
import java.nio.charset.StandardCharsets;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class JsonTest {
    private static byte[] bytes(String json) {
        return json.getBytes(StandardCharsets.UTF_8);
    }

    private static void refusedNaming(ThrowingCallable read, String field) {
        assertThatThrownBy(read).isInstanceOfSatisfying(ParleyException.class, refusal -> {
            assertThat(refusal.code()).isEqualTo(ErrorCode.INVALID_REQUEST);
            assertThat(refusal.detail()).startsWith(field + ":");
        });
    }

    @Test
    void scalarsAreNeverCoercedIntoStrings() {
        refusedNaming(() -> Json.read(bytes("{\"username\":42,\"password\":\"x\"}"), Credentials.class), "username");
        refusedNaming(() -> Json.read(bytes("{\"username\":\"a\",\"password\":false}"), Credentials.class), "password");
        refusedNaming(() -> Json.read(bytes("{\"username\":{},\"password\":\"x\"}"), Credentials.class), "username");
    }

    @Test
    void aStringIsNeverTakenForAList() {
        refusedNaming(() -> Json.read(bytes("{\"capabilities\":\"chat\"}"), AgentRequest.class), "capabilities");
        refusedNaming(() -> Json.read(bytes("{\"capabilities\":[\"chat\",7]}"), AgentRequest.class), "capabilities[1]");
    }

    @Test
    void malformedJsonAndTrailingGarbageAreRefusedAsTheBody() {
        refusedNaming(() -> Json.read(bytes("{\"username\":"), Credentials.class), "body");
        refusedNaming(() -> Json.read(bytes("{} {}"), Credentials.class), "body");
        refusedNaming(() -> Json.read(bytes("null"), Credentials.class), "body");
        refusedNaming(() -> Json.read(bytes("[]"), Credentials.class), "body");
    }

    @Test
    void aRefusalNeverEchoesTheInput() {
        assertThatThrownBy(() -> Json.read(bytes("{\"username\":\"a\",\"password\":\"hunter2-secret"), Credentials.class))
                .hasMessageNotContaining("hunter2");
    }

    @Test
    void unknownFieldsAreIgnoredAndSnakeCaseIsRead() {
        RefreshRequest request = Json.read(bytes("{\"refresh_token\":\"abc\",\"colour\":[1]}"), RefreshRequest.class);

        assertThat(request.required()).isEqualTo("abc");
    }

    @Test
    void contentIsCompactedWithoutLosingNumbers() {
        String compact = Json.compact(Json.tree("{ \"price\" : 12.50, \"big\": 123456789012345678901234567890, \"tiny\": 1e-400 }"));

        assertThat(compact).isEqualTo("{\"price\":12.50,\"big\":123456789012345678901234567890,\"tiny\":1E-400}");
    }
}
