package dev.parley.domain.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.ports.model.ErrorCode;
import dev.parley.ports.model.ParleyException;
import dev.parley.ports.model.Username;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CredentialsPolicyTest {
    @Test
    void aWellFormedUsernameIsParsed() {
        assertThat(CredentialsPolicy.parseUsername("Alice")).contains(new Username("Alice"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "ab", "has space", "way-too-long-for-a-username-of-parley"})
    void aMalformedUsernameNamesNoAccount(String raw) {
        assertThat(CredentialsPolicy.parseUsername(raw)).isEmpty();
    }

    @Test
    void aMissingUsernameNamesNoAccount() {
        assertThat(CredentialsPolicy.parseUsername(null)).isEmpty();
    }

    @ParameterizedTest(name = "account found {0}, password matched {1}")
    @CsvSource({"false,false", "false,true", "true,false"})
    void anUnknownUserAndAWrongPasswordGetTheSameAnswer(boolean found, boolean matched) {
        assertThatThrownBy(() -> CredentialsPolicy.requireMatched(found, matched))
                .isInstanceOfSatisfying(ParleyException.class, refusal -> {
                    assertThat(refusal.code()).isEqualTo(ErrorCode.INVALID_CREDENTIALS);
                    assertThat(refusal.detail()).isEqualTo(CredentialsPolicy.rejection().detail());
                });
    }

    @Test
    void aKnownUserWithTheRightPasswordPasses() {
        CredentialsPolicy.requireMatched(true, true);
    }
}
