package dev.parley.adapter.server.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.ports.model.ErrorCode;
import dev.parley.ports.model.ParleyException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class BodyLimitTest {
    private final BodyLimit limit = new BodyLimit(8);

    private static void refusedAs(ThrowingCallable call, ErrorCode code) {
        assertThatThrownBy(call).isInstanceOfSatisfying(ParleyException.class, refusal -> assertThat(refusal.code()).isEqualTo(code));
    }

    @Test
    void aDeclaredLengthOverTheLimitIsRefusedAndNoneDeclaredPasses() {
        limit.checkDeclared(8);
        limit.checkDeclared(-1);

        refusedAs(() -> limit.checkDeclared(9), ErrorCode.PAYLOAD_TOO_LARGE);
    }

    @Test
    void aBodyIsReadUpToTheLimitAndRefusedPastIt() throws IOException {
        assertThat(limit.read(new ByteArrayInputStream("{\"a\":12}".getBytes()))).hasSize(8);

        refusedAs(() -> limit.read(new ByteArrayInputStream("{\"a\":123}".getBytes())), ErrorCode.PAYLOAD_TOO_LARGE);
    }

    @Test
    void anEmptyBodyIsAnInvalidRequest() {
        refusedAs(() -> limit.read(new ByteArrayInputStream(new byte[0])), ErrorCode.INVALID_REQUEST);
    }
}
