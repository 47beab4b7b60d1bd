package dev.parley.adapter.inmemory.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.ports.model.ErrorCode;
import dev.parley.ports.model.ParleyException;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Asserts that a call is refused with a given code. */
final class Refusals {
    private Refusals() {
    }

    static void assertRefused(ThrowingCallable call, ErrorCode code) {
        assertThatThrownBy(call).isInstanceOfSatisfying(ParleyException.class,
                refusal -> assertThat(refusal.code()).as(refusal.detail()).isEqualTo(code));
    }

    static void assertRefused(ThrowingCallable call, ErrorCode code, String detail) {
        assertThatThrownBy(call).isInstanceOfSatisfying(ParleyException.class, refusal -> {
            assertThat(refusal.code()).as(refusal.detail()).isEqualTo(code);
            assertThat(refusal.detail()).contains(detail);
        });
    }
}
